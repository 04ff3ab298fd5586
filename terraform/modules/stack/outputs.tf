output "url" {
  description = "Lantoa's public address."
  value       = local.base_url
}

output "cloudfront_domain_name" {
  description = "CloudFront's DNS name: target of the platform host names' CNAME (or ALIAS) records."
  value       = module.cdn.domain_name
}

output "cloudfront_distribution_id" {
  description = "CloudFront distribution ID."
  value       = module.cdn.distribution_id
}

output "alb_dns_name" {
  description = "Load balancer's DNS name: target of units' own host names' CNAME records."
  value       = module.alb.dns_name
}

output "alb_https_listener_arn" {
  description = "HTTPS listener that units' own certificates are attached to (scripts/add-unit-host.sh)."
  value       = module.alb.https_listener_arn
}

output "certificate_validation_records" {
  description = "ACM DNS validation records for the load balancer's and CloudFront's certificates."
  value       = distinct(concat(module.alb.certificate_validation_records, module.cdn.certificate_validation_records))
}

output "ses_dns_records" {
  description = "SES DKIM CNAMEs (and MAIL FROM MX and SPF) to publish in the mail domain."
  value       = module.mail.dns_records
}

output "dns_records" {
  description = "Every record to create in DNS: the platform names to CloudFront, ACM validation, SES DKIM and MAIL FROM, DMARC."
  value = concat(
    [for n in local.cdn_aliases : { name = n, type = "CNAME", value = module.cdn.domain_name }],
    distinct(concat(module.alb.certificate_validation_records, module.cdn.certificate_validation_records)),
    module.mail.dns_records,
    [{ name = "_dmarc.${local.mail_domain}", type = "TXT", value = "\"v=DMARC1; p=none; rua=mailto:postmaster@${local.mail_domain}\"" }],
  )
}

output "files_bucket" {
  description = "Lantoa's file bucket (S3_BUCKET)."
  value       = module.storage.bucket
}

output "database_endpoint" {
  description = "Writer endpoint of the Aurora cluster."
  value       = module.database.endpoint
}

output "database_secret_arn" {
  description = "Secret with the database account."
  value       = module.database.secret_arn
}

output "smtp_secret_arn" {
  description = "Secret with the SES SMTP credentials."
  value       = module.mail.smtp_secret_arn
}

output "parameter_prefix" {
  description = "SSM Parameter Store path of the instances' settings (<prefix>/env/<VARIABLE>)."
  value       = module.app.parameter_prefix
}

output "autoscaling_group_name" {
  description = "Auto Scaling group of the Lantoa instances (aws autoscaling start-instance-refresh ...)."
  value       = module.app.autoscaling_group_name
}

output "log_group_names" {
  description = "CloudWatch log groups of the instances."
  value       = module.app.log_group_names
}

output "alarm_topic_arn" {
  description = "SNS topic of the alarms."
  value       = module.monitoring.topic_arn
}
