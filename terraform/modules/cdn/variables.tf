variable "name" {
  description = "Name prefix of the distribution's policies and secret."
  type        = string
}

variable "aliases" {
  description = "Host names CloudFront answers for, the first being the certificate's main name; the load balancer's certificate must cover them too."
  type        = list(string)
}

variable "origin_domain_name" {
  description = "DNS name of the load balancer."
  type        = string
}

variable "origin_header_name" {
  description = "Header carrying the secret that marks requests coming through CloudFront."
  type        = string
}

variable "web_acl_arn" {
  description = "ARN of the CLOUDFRONT-scope WAF web ACL."
  type        = string
}

variable "price_class" {
  description = "CloudFront price class; PriceClass_All includes the edge locations in Vietnam (Hanoi, Ho Chi Minh City)."
  type        = string
}

variable "cache_key_cookies" {
  description = "Cookies that are part of the cache key: the session cookie (signed-in responses stay per session) and the language cookie."
  type        = list(string)
}

variable "uncached_path_patterns" {
  description = "Path patterns that are never cached, whatever the origin answers (admin, sign-in, account, API, health, /internal)."
  type        = list(string)
}

variable "certificate_validation_timeout" {
  description = "How long an apply waits for the certificate's DNS validation records."
  type        = string
}
