# One AWS WAF web ACL: per-address rate limits on sign-in and on the public feedback forms, and AWS's managed
# common and known-bad-input rules on everything but the signed-in admin and API (their rich text would trip the
# cross-site-scripting rules). Created twice by the stack: scope CLOUDFRONT (in us-east-1) for the distribution,
# scope REGIONAL for the load balancer, which also serves units' own host names directly.
#
# Behind CloudFront every request reaches the load balancer from an edge address, so the regional ACL leaves
# requests that carry CloudFront's secret origin header to the CloudFront ACL (bypass_header_*).

locals {
  # Per-address limits on POSTs to the paths where a password is tried (the sign-in form, the API's token endpoint,
  # the "forgot password" form), and to a site's public feedback form (/{slug}/gui-phan-anh, or /gui-phan-anh on a
  # unit's own host) and a citizen's follow-up on a case (/.../theo-doi-phan-anh/{token}/bo-sung).
  rate_rules = {
    "sign-in-rate" = {
      priority   = 10
      limit      = var.sign_in_limit
      constraint = "EXACTLY"
      paths      = ["/login", "/api/v1/auth/token", "/password/forgot"]
    }
    "feedback-rate" = {
      priority   = 20
      limit      = var.feedback_limit
      constraint = "ENDS_WITH"
      paths      = ["/gui-phan-anh", "/bo-sung"]
    }
  }
  bypass = var.bypass_header_name == "" ? [] : [lower(var.bypass_header_name)]
}

resource "aws_wafv2_web_acl" "this" {
  name        = var.name
  description = "Lantoa: rate limits on sign-in and feedback forms, AWS managed rules"
  scope       = var.scope

  default_action {
    allow {}
  }

  custom_response_body {
    key          = "too-many"
    content_type = "TEXT_PLAIN"
    content      = "Quá nhiều yêu cầu, vui lòng thử lại sau ít phút. / Too many requests, please try again in a few minutes."
  }

  dynamic "rule" {
    for_each = local.rate_rules

    content {
      name     = rule.key
      priority = rule.value.priority

      action {
        block {
          custom_response {
            response_code            = 429
            custom_response_body_key = "too-many"
          }
        }
      }

      statement {
        rate_based_statement {
          limit                 = rule.value.limit
          evaluation_window_sec = 300
          aggregate_key_type    = "IP"

          scope_down_statement {
            and_statement {
              statement {
                byte_match_statement {
                  search_string         = "POST"
                  positional_constraint = "EXACTLY"

                  field_to_match {
                    method {}
                  }

                  text_transformation {
                    priority = 0
                    type     = "NONE"
                  }
                }
              }

              statement {
                or_statement {
                  dynamic "statement" {
                    for_each = rule.value.paths
                    iterator = path

                    content {
                      byte_match_statement {
                        search_string         = path.value
                        positional_constraint = rule.value.constraint

                        field_to_match {
                          uri_path {}
                        }

                        text_transformation {
                          priority = 0
                          type     = "LOWERCASE"
                        }
                      }
                    }
                  }
                }
              }

              dynamic "statement" {
                for_each = local.bypass
                iterator = header

                content {
                  not_statement {
                    statement {
                      byte_match_statement {
                        search_string         = var.bypass_header_value
                        positional_constraint = "EXACTLY"

                        field_to_match {
                          single_header {
                            name = header.value
                          }
                        }

                        text_transformation {
                          priority = 0
                          type     = "NONE"
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }

      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "${var.name}-${rule.key}"
        sampled_requests_enabled   = true
      }
    }
  }

  rule {
    name     = "aws-common"
    priority = 30

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"

        # Uploads (attachments of up to LANTOA_MAX_UPLOAD_BYTES, a citizen's files) are larger than the rule's 8 KB.
        rule_action_override {
          name = "SizeRestrictions_BODY"

          action_to_use {
            count {}
          }
        }

        scope_down_statement {
          not_statement {
            statement {
              or_statement {
                statement {
                  byte_match_statement {
                    search_string         = "/admin/"
                    positional_constraint = "STARTS_WITH"

                    field_to_match {
                      uri_path {}
                    }

                    text_transformation {
                      priority = 0
                      type     = "LOWERCASE"
                    }
                  }
                }

                statement {
                  byte_match_statement {
                    search_string         = "/api/"
                    positional_constraint = "STARTS_WITH"

                    field_to_match {
                      uri_path {}
                    }

                    text_transformation {
                      priority = 0
                      type     = "LOWERCASE"
                    }
                  }
                }
              }
            }
          }
        }
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-aws-common"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "aws-known-bad-inputs"
    priority = 40

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-aws-known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = var.name
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "this" {
  count = var.associate ? 1 : 0

  resource_arn = var.associate_resource_arn
  web_acl_arn  = aws_wafv2_web_acl.this.arn
}
