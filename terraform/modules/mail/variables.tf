variable "name" {
  description = "Name prefix of the configuration set, the SMTP user and the secret."
  type        = string
}

variable "region" {
  description = "Region of SES (the SMTP endpoint is email-smtp.<region>.amazonaws.com)."
  type        = string
}

variable "domain" {
  description = "Domain Lantoa sends from (MAIL_FROM's domain), verified by DKIM."
  type        = string
}

variable "mail_from_subdomain" {
  description = "Subdomain used as the envelope sender (custom MAIL FROM, aligns SPF for DMARC), e.g. \"bounce\"; empty keeps amazonses.com."
  type        = string
}
