# The same file serves staging (environments/staging/outputs.tf is a link to it).

output "url" {
  description = "Lantoa's public address."
  value       = module.lantoa.url
}

output "cloudfront_domain_name" {
  description = "CloudFront's DNS name: target of the platform host names' records."
  value       = module.lantoa.cloudfront_domain_name
}

output "cloudfront_distribution_id" {
  description = "CloudFront distribution ID."
  value       = module.lantoa.cloudfront_distribution_id
}

output "alb_dns_name" {
  description = "Load balancer's DNS name: target of units' own host names' CNAME records."
  value       = module.lantoa.alb_dns_name
}

output "alb_https_listener_arn" {
  description = "HTTPS listener for units' own certificates (scripts/add-unit-host.sh)."
  value       = module.lantoa.alb_https_listener_arn
}

output "dns_records" {
  description = "Every DNS record to create: platform names, ACM validation, SES DKIM and MAIL FROM, DMARC."
  value       = module.lantoa.dns_records
}

output "certificate_validation_records" {
  description = "ACM validation records alone (needed before the first apply can finish)."
  value       = module.lantoa.certificate_validation_records
}

output "ses_dns_records" {
  description = "SES DKIM and MAIL FROM records alone."
  value       = module.lantoa.ses_dns_records
}

output "files_bucket" {
  description = "Lantoa's file bucket."
  value       = module.lantoa.files_bucket
}

output "database_endpoint" {
  description = "Aurora writer endpoint."
  value       = module.lantoa.database_endpoint
}

output "database_secret_arn" {
  description = "Secret with the database account."
  value       = module.lantoa.database_secret_arn
}

output "smtp_secret_arn" {
  description = "Secret with the SES SMTP credentials."
  value       = module.lantoa.smtp_secret_arn
}

output "parameter_prefix" {
  description = "SSM Parameter Store path of the instances' settings."
  value       = module.lantoa.parameter_prefix
}

output "autoscaling_group_name" {
  description = "Auto Scaling group of the Lantoa instances."
  value       = module.lantoa.autoscaling_group_name
}

output "log_group_names" {
  description = "CloudWatch log groups of the instances."
  value       = module.lantoa.log_group_names
}

output "alarm_topic_arn" {
  description = "SNS topic of the alarms."
  value       = module.lantoa.alarm_topic_arn
}
