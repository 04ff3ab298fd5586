# Amazon SES for Lantoa's mail: the sending domain with Easy DKIM (three CNAME records the operator publishes), a
# configuration set that keeps reputation metrics, and SMTP credentials of an IAM user allowed only to send from
# that domain. Lantoa speaks SMTP (SMTP_HOST ... SMTP_PASSWORD); the credentials go to Secrets Manager, from where
# each instance reads them at start. A new SES account is in the sandbox: ask AWS for production access once.

resource "aws_sesv2_configuration_set" "this" {
  configuration_set_name = var.name

  reputation_options {
    reputation_metrics_enabled = true
  }

  sending_options {
    sending_enabled = true
  }

  suppression_options {
    suppressed_reasons = ["BOUNCE", "COMPLAINT"]
  }
}

resource "aws_sesv2_email_identity" "domain" {
  email_identity         = var.domain
  configuration_set_name = aws_sesv2_configuration_set.this.configuration_set_name
}

resource "aws_sesv2_email_identity_mail_from_attributes" "domain" {
  count = var.mail_from_subdomain == "" ? 0 : 1

  email_identity         = aws_sesv2_email_identity.domain.email_identity
  mail_from_domain       = "${var.mail_from_subdomain}.${var.domain}"
  behavior_on_mx_failure = "USE_DEFAULT_VALUE"
}

resource "aws_iam_user" "smtp" {
  name = "${var.name}-smtp"
  path = "/lantoa/"
}

data "aws_iam_policy_document" "send" {
  statement {
    actions   = ["ses:SendRawEmail", "ses:SendEmail"]
    resources = [aws_sesv2_email_identity.domain.arn, aws_sesv2_configuration_set.this.arn]
  }
}

resource "aws_iam_user_policy" "smtp" {
  name   = "send-from-${var.domain}"
  user   = aws_iam_user.smtp.name
  policy = data.aws_iam_policy_document.send.json
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

resource "aws_secretsmanager_secret" "smtp" {
  name                    = "${var.name}/smtp"
  description             = "SES SMTP credentials: SMTP_USERNAME and SMTP_PASSWORD"
  recovery_window_in_days = 0
}

resource "aws_secretsmanager_secret_version" "smtp" {
  secret_id = aws_secretsmanager_secret.smtp.id
  secret_string = jsonencode({
    username = aws_iam_access_key.smtp.id
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
  })
}
