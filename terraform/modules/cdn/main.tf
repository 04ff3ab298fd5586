# CloudFront in front of Lantoa's own host names (the platform address, where sites live under /{slug}/): HTTPS at
# the edge near Vietnam, HTTP redirected to HTTPS, the load balancer as the only origin over HTTPS, Host forwarded so
# that Lantoa knows which address was asked for.
#
# What is cached follows Lantoa's own Cache-Control (minimum TTL 0, default TTL 0): versioned static files and
# images (a year), feeds and robots.txt (an hour); public pages answer "public, no-cache" and so are fetched from the
# origin every time, and everything marked no-store (forms, error pages, PDFs, the API) never is. Admin pages,
# sign-in, account, API, health and /internal are never cached whatever they answer. The session cookie
# (lantoa_session) and the language cookie are part of the cache key, so a signed-in response can only ever be
# served back to the same session.

data "aws_cloudfront_cache_policy" "disabled" {
  name = "Managed-CachingDisabled"
}

data "aws_cloudfront_origin_request_policy" "all_viewer" {
  name = "Managed-AllViewer"
}

# CloudFront sends this header to the origin; the regional WAF leaves requests that carry it to CloudFront's WAF.
module "origin_secret" {
  source = "../secret"

  name                 = "${var.name}/cloudfront-origin"
  description          = "Value of the header CloudFront adds to requests to the load balancer"
  length               = 48
  recovery_window_days = 0
}

resource "aws_acm_certificate" "this" {
  provider = aws.us_east_1

  domain_name               = var.aliases[0]
  subject_alternative_names = slice(var.aliases, 1, length(var.aliases))
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_acm_certificate_validation" "this" {
  provider = aws.us_east_1

  certificate_arn = aws_acm_certificate.this.arn

  timeouts {
    create = var.certificate_validation_timeout
  }
}

resource "aws_cloudfront_cache_policy" "pages" {
  name        = "${var.name}-pages"
  comment     = "Lantoa: origin Cache-Control decides; Host, session and language in the key"
  min_ttl     = 0
  default_ttl = 0
  max_ttl     = 31536000

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_gzip   = true
    enable_accept_encoding_brotli = true

    headers_config {
      header_behavior = "whitelist"

      headers {
        items = ["Host"]
      }
    }

    cookies_config {
      cookie_behavior = "whitelist"

      cookies {
        items = var.cache_key_cookies
      }
    }

    query_strings_config {
      query_string_behavior = "all"
    }
  }
}

resource "aws_cloudfront_distribution" "this" {
  enabled         = true
  comment         = var.name
  aliases         = var.aliases
  price_class     = var.price_class
  http_version    = "http2and3"
  is_ipv6_enabled = true
  web_acl_id      = var.web_acl_arn

  origin {
    origin_id   = "alb"
    domain_name = var.origin_domain_name

    custom_origin_config {
      http_port                = 80
      https_port               = 443
      origin_protocol_policy   = "https-only"
      origin_ssl_protocols     = ["TLSv1.2"]
      origin_read_timeout      = 60
      origin_keepalive_timeout = 5
    }

    custom_header {
      name  = var.origin_header_name
      value = module.origin_secret.value
    }
  }

  default_cache_behavior {
    target_origin_id         = "alb"
    viewer_protocol_policy   = "redirect-to-https"
    allowed_methods          = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    cache_policy_id          = aws_cloudfront_cache_policy.pages.id
    origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_viewer.id
  }

  dynamic "ordered_cache_behavior" {
    for_each = var.uncached_path_patterns

    content {
      path_pattern             = ordered_cache_behavior.value
      target_origin_id         = "alb"
      viewer_protocol_policy   = "redirect-to-https"
      allowed_methods          = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
      cached_methods           = ["GET", "HEAD"]
      compress                 = true
      cache_policy_id          = data.aws_cloudfront_cache_policy.disabled.id
      origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_viewer.id
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate_validation.this.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
