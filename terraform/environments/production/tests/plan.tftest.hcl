# Plans and applies this environment against mocked AWS providers: every expression, count, for_each, template and
# module call is evaluated, without credentials or an AWS account (ARNs and IDs the provider checks are mocked).
#   terraform init -backend=false && terraform test
# (staging's tests/ is a link to production's.)

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "123456789012"
    }
  }

  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  mock_data "aws_secretsmanager_random_password" {
    defaults = {
      random_password = "generated0123456789"
    }
  }

  mock_resource "aws_lb" {
    defaults = {
      arn = "arn:aws:elasticloadbalancing:ap-southeast-1:123456789012:loadbalancer/app/lantoa/0123456789abcdef"
    }
  }

  mock_resource "aws_lb_target_group" {
    defaults = {
      arn = "arn:aws:elasticloadbalancing:ap-southeast-1:123456789012:targetgroup/lantoa/0123456789abcdef"
    }
  }

  mock_resource "aws_lb_listener" {
    defaults = {
      arn = "arn:aws:elasticloadbalancing:ap-southeast-1:123456789012:listener/app/lantoa/0123456789abcdef/0123456789abcdef"
    }
  }

  mock_resource "aws_iam_instance_profile" {
    defaults = {
      arn = "arn:aws:iam::123456789012:instance-profile/lantoa"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/lantoa"
    }
  }

  mock_resource "aws_sns_topic" {
    defaults = {
      arn = "arn:aws:sns:ap-southeast-1:123456789012:lantoa-alarms"
    }
  }

  mock_resource "aws_secretsmanager_secret" {
    defaults = {
      arn = "arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:lantoa/x-AbCdEf"
    }
  }

  mock_resource "aws_wafv2_web_acl" {
    defaults = {
      arn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/lantoa/0123"
    }
  }

  mock_resource "aws_sesv2_email_identity" {
    defaults = {
      arn = "arn:aws:ses:ap-southeast-1:123456789012:identity/lantoa.example.vn"
    }
  }

  mock_resource "aws_sesv2_configuration_set" {
    defaults = {
      arn = "arn:aws:ses:ap-southeast-1:123456789012:configuration-set/lantoa"
    }
  }

  mock_resource "aws_s3_bucket" {
    defaults = {
      arn = "arn:aws:s3:::lantoa-files"
    }
  }

  mock_resource "aws_cloudwatch_log_group" {
    defaults = {
      arn = "arn:aws:logs:ap-southeast-1:123456789012:log-group:/lantoa/app"
    }
  }

  mock_resource "aws_iam_user" {
    defaults = {
      arn = "arn:aws:iam::123456789012:user/lantoa-smtp"
    }
  }

  mock_resource "aws_acm_certificate_validation" {
    defaults = {
      certificate_arn = "arn:aws:acm:ap-southeast-1:123456789012:certificate/0123"
    }
  }

  mock_resource "aws_acm_certificate" {
    defaults = {
      arn = "arn:aws:acm:ap-southeast-1:123456789012:certificate/0123"
    }
  }

  mock_resource "aws_launch_template" {
    defaults = {
      id             = "lt-0123456789abcdef0"
      latest_version = 1
    }
  }

  mock_resource "aws_s3_object" {
    defaults = {
      etag = "0123456789abcdef0123456789abcdef"
    }
  }
}

mock_provider "aws" {
  alias = "us_east_1"

  mock_resource "aws_acm_certificate" {
    defaults = {
      arn = "arn:aws:acm:us-east-1:123456789012:certificate/0123"
    }
  }

  mock_resource "aws_acm_certificate_validation" {
    defaults = {
      certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/0123"
    }
  }

  mock_resource "aws_wafv2_web_acl" {
    defaults = {
      arn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/lantoa/0123"
    }
  }
}

variables {
  domain_name           = "lantoa.example.vn"
  cdn_aliases           = ["www.lantoa.example.vn"]
  alarm_emails          = ["ops@example.vn"]
  artifacts_bucket      = "lantoa-artifacts-123456789012"
  jar_key               = "releases/lantoa-test.jar"
  bootstrap_admin_email = "admin@example.vn"
  extra_environment     = { LANTOA_DESK_PER_UNIT_PER_HOUR = "3000" }
}

run "plans" {
  command = plan
}

run "applies" {
  command = apply

  assert {
    condition     = output.url == "https://lantoa.example.vn"
    error_message = "the URL is the platform host over HTTPS"
  }

  assert {
    condition     = length([for r in output.dns_records : r if r.name == "lantoa.example.vn" && r.type == "CNAME"]) == 1
    error_message = "dns_records sends the platform name to CloudFront"
  }

  assert {
    condition     = length([for r in output.dns_records : r if r.name == "www.lantoa.example.vn" && r.type == "CNAME"]) == 1
    error_message = "dns_records sends every CloudFront alias to CloudFront"
  }

  assert {
    condition     = length([for r in output.dns_records : r if r.name == "bounce.lantoa.example.vn" && r.type == "MX"]) == 1
    error_message = "dns_records has the MX of the MAIL FROM subdomain"
  }

  assert {
    condition     = output.parameter_prefix == "/lantoa-${local.environment}"
    error_message = "parameters live under /lantoa-<environment>"
  }
}
