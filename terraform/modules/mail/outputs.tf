output "smtp_host" {
  description = "SES SMTP endpoint (SMTP_HOST); port 587 with STARTTLS."
  value       = "email-smtp.${var.region}.amazonaws.com"
}

output "smtp_secret_arn" {
  description = "Secrets Manager secret with the SMTP username and password (JSON)."
  value       = aws_secretsmanager_secret.smtp.arn
}

output "identity_arn" {
  description = "ARN of the SES domain identity."
  value       = aws_sesv2_email_identity.domain.arn
}

output "configuration_set_arn" {
  description = "ARN of the SES configuration set."
  value       = aws_sesv2_configuration_set.this.arn
}

output "configuration_set_name" {
  description = "Name of the SES configuration set (the domain's default)."
  value       = aws_sesv2_configuration_set.this.configuration_set_name
}

output "dns_records" {
  description = "Records to publish for SES: three DKIM CNAMEs, and the MX and SPF of the MAIL FROM subdomain when one is set."
  value = concat(
    [for token in flatten(aws_sesv2_email_identity.domain.dkim_signing_attributes[*].tokens) : {
      name  = "${token}._domainkey.${var.domain}"
      type  = "CNAME"
      value = "${token}.dkim.amazonses.com"
    }],
    var.mail_from_subdomain == "" ? [] : [
      {
        name  = "${var.mail_from_subdomain}.${var.domain}"
        type  = "MX"
        value = "10 feedback-smtp.${var.region}.amazonses.com"
      },
      {
        name  = "${var.mail_from_subdomain}.${var.domain}"
        type  = "TXT"
        value = "\"v=spf1 include:amazonses.com ~all\""
      },
    ],
  )
}
