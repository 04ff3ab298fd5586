# The same file serves staging (environments/staging/variables.tf is a link to it); sizes are in main.tf.

variable "domain_name" {
  description = "Lantoa's platform host name, e.g. lantoa.edu.vn or staging.lantoa.edu.vn (also the SES mail domain)."
  type        = string
}

variable "cdn_aliases" {
  description = "Further platform host names served through CloudFront, e.g. [\"www.lantoa.edu.vn\"]."
  type        = list(string)
  default     = []
}

variable "alb_extra_names" {
  description = "Units' own host names to put on the load balancer's certificate at apply time (others: scripts/add-unit-host.sh)."
  type        = list(string)
  default     = []
}

variable "alarm_emails" {
  description = "Addresses that receive the CloudWatch alarms."
  type        = list(string)
}

variable "artifacts_bucket" {
  description = "Bucket holding the production jar (output artifacts_bucket of terraform/bootstrap)."
  type        = string
}

variable "jar_key" {
  description = "Key of the uploaded backend/target/lantoa.jar, e.g. releases/lantoa-2026.12.1.jar; changing it rolls the instances."
  type        = string
}

variable "bootstrap_admin_email" {
  description = "LANTOA_BOOTSTRAP_ADMIN_EMAIL: invited as the first platform admin of a new installation; empty for none."
  type        = string
  default     = ""
}

variable "extra_environment" {
  description = "Further Lantoa settings from README's configuration table, name => value."
  type        = map(string)
  default     = {}
}
