variable "environment" {
  description = "Environment name (staging, production): part of every resource's name (lantoa-<environment>)."
  type        = string
}

variable "region" {
  description = "AWS region of the default provider. ap-southeast-1 (Singapore) is the region nearest Vietnam with every service used here."
  type        = string
}

variable "availability_zones" {
  description = "Availability zones for the subnets, instances and database (two or more); empty means <region>a and <region>b."
  type        = list(string)
  default     = []
}

variable "domain_name" {
  description = "Lantoa's platform host name (sites live under https://<domain_name>/<slug>/), served through CloudFront."
  type        = string
}

variable "cdn_aliases" {
  description = "Further platform host names served through CloudFront (e.g. www.<domain_name>); not units' own hosts."
  type        = list(string)
  default     = []
}

variable "alb_extra_names" {
  description = "Further names on the load balancer's certificate, e.g. units' own hosts known at apply time (others: scripts/add-unit-host.sh)."
  type        = list(string)
  default     = []
}

variable "base_url" {
  description = "LANTOA_BASE_URL, the address in links sent by email; empty means https://<domain_name>."
  type        = string
  default     = ""
}

variable "mail_domain" {
  description = "Domain verified in SES and used as MAIL_FROM's domain; empty means domain_name."
  type        = string
  default     = ""
}

variable "mail_from" {
  description = "MAIL_FROM; empty means \"Lantoa <no-reply@<mail_domain>>\"."
  type        = string
  default     = ""
}

variable "mail_from_subdomain" {
  description = "Custom MAIL FROM subdomain of mail_domain for SPF alignment (its MX and TXT records are in the outputs); empty to use amazonses.com."
  type        = string
  default     = "bounce"
}

variable "alarm_emails" {
  description = "Addresses that receive CloudWatch alarms through SNS."
  type        = list(string)
}

variable "artifacts_bucket" {
  description = "Bucket the operator uploads the production jar to (created by terraform/bootstrap); infra/instance/ is uploaded there too."
  type        = string
}

variable "artifacts_prefix" {
  description = "Key prefix under which terraform uploads infra/instance/ (followed by instance/<name>/)."
  type        = string
  default     = ""
}

variable "jar_key" {
  description = "Key of the production jar in the artifacts bucket, e.g. releases/lantoa-2026.12.1.jar; a new key rolls the instances."
  type        = string
}

variable "instance_files_dir" {
  description = "Local path of the repository's infra/instance/ (prepare.sh, lantoa.service)."
  type        = string
}

variable "vpc_cidr" {
  description = "Address range of the VPC; also LANTOA_TRUSTED_PROXIES."
  type        = string
  default     = "10.40.0.0/16"
}

variable "single_nat_gateway" {
  description = "One NAT gateway instead of one per zone (cheaper, less available)."
  type        = bool
  default     = false
}

variable "interface_endpoints" {
  description = "AWS services reached through VPC interface endpoints rather than the NAT gateway."
  type        = list(string)
  default     = []
}

variable "instance_port" {
  description = "Port Lantoa listens on (LANTOA_PORT); the Prometheus scrape uses it too."
  type        = number
  default     = 8080
}

variable "instance_type" {
  description = "EC2 instance type of the Lantoa instances."
  type        = string
  default     = "t4g.medium"
}

variable "instance_architecture" {
  description = "arm64 (Graviton) or x86_64; must match instance_type."
  type        = string
  default     = "arm64"
}

variable "instance_root_volume_gb" {
  description = "Root volume size of each instance (GiB)."
  type        = number
  default     = 20
}

variable "instances_min" {
  description = "Fewest Lantoa instances."
  type        = number
  default     = 2
}

variable "instances_max" {
  description = "Most Lantoa instances."
  type        = number
  default     = 6
}

variable "instances_cpu_target_percent" {
  description = "Average CPU the Auto Scaling group is kept at by adding or removing instances."
  type        = number
  default     = 60
}

variable "health_check_grace_seconds" {
  description = "Seconds after launch before failed health checks replace an instance."
  type        = number
  default     = 300
}

variable "instance_warmup_seconds" {
  description = "Seconds a new instance is given to prepare and start before it counts."
  type        = number
  default     = 180
}

variable "refresh_min_healthy_percentage" {
  description = "Share of instances kept in service during a rolling instance refresh."
  type        = number
  default     = 100
}

variable "refresh_max_healthy_percentage" {
  description = "Share of instances an instance refresh may run at once (200: new instances start before old ones stop)."
  type        = number
  default     = 200
}

variable "drain_seconds" {
  description = "Graceful drain of a stopping instance (LANTOA_SHUTDOWN_DRAIN) and the target group's deregistration delay."
  type        = number
  default     = 30
}

variable "db_engine_version" {
  description = "Aurora MySQL 8 engine version, e.g. 8.0.mysql_aurora.3.08.2; null takes the region's default."
  type        = string
  default     = null
}

variable "db_instance_class" {
  description = "Aurora instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_instance_count" {
  description = "Aurora instances (writer + readers); 2 survives a zone failure."
  type        = number
  default     = 2
}

variable "db_backup_retention_days" {
  description = "Days of automated backups and point-in-time recovery (1 to 35)."
  type        = number
  default     = 14
}

variable "db_backup_window" {
  description = "Daily backup window (UTC); the default is 02:00-03:00 in Vietnam."
  type        = string
  default     = "19:00-20:00"
}

variable "db_maintenance_window" {
  description = "Weekly maintenance window (UTC); the default is Monday 03:00-04:00 in Vietnam."
  type        = string
  default     = "sun:20:00-sun:21:00"
}

variable "db_performance_insights" {
  description = "Turn on Performance Insights for the database instances."
  type        = bool
  default     = false
}

variable "deletion_protection" {
  description = "Protect the database and the load balancer from deletion and keep a final database snapshot."
  type        = bool
  default     = true
}

variable "files_bucket_name" {
  description = "Name of the file bucket (S3_BUCKET); empty means lantoa-<environment>-files-<account id>."
  type        = string
  default     = ""
}

variable "files_noncurrent_transition_days" {
  description = "Days before an old file version moves to Standard-IA (at least 30)."
  type        = number
  default     = 30
}

variable "files_noncurrent_expiration_days" {
  description = "Days an old file version is kept: the restore window for files."
  type        = number
  default     = 90
}

variable "cloudfront_price_class" {
  description = "CloudFront price class (PriceClass_All includes the edge locations in Vietnam)."
  type        = string
  default     = "PriceClass_All"
}

variable "certificate_validation_timeout" {
  description = "How long an apply waits for ACM certificates to be validated through DNS."
  type        = string
  default     = "2h"
}

variable "waf_sign_in_limit" {
  description = "Sign-in POSTs per client address per 5 minutes before WAF answers 429 (Lantoa's own limit is LANTOA_LOGIN_ATTEMPTS_PER_MINUTE)."
  type        = number
  default     = 100
}

variable "waf_feedback_limit" {
  description = "Public feedback form POSTs per client address per 5 minutes before WAF answers 429 (Lantoa's own limit is LANTOA_DESK_PER_ADDRESS_PER_HOUR)."
  type        = number
  default     = 20
}

variable "metrics_namespace" {
  description = "CloudWatch namespace of the metrics scraped from Lantoa's Prometheus endpoint."
  type        = string
  default     = "Lantoa"
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the instances' logs."
  type        = number
  default     = 90
}

variable "alarm_error_rate_percent" {
  description = "Percentage of 5xx answers over 5 minutes that raises an alarm."
  type        = number
  default     = 1
}

variable "alarm_latency_p95_seconds" {
  description = "p95 target response time (seconds) that raises an alarm."
  type        = number
  default     = 1
}

variable "alarm_db_cpu_percent" {
  description = "Database CPU percentage that raises an alarm."
  type        = number
  default     = 80
}

variable "alarm_db_connections" {
  description = "Database connections that raise an alarm (instances_max x DATASOURCE_POOL_SIZE is what Lantoa alone can open)."
  type        = number
  default     = 150
}

variable "alarm_mail_queue_age_seconds" {
  description = "Age of the oldest queued mail (seconds) that raises an alarm."
  type        = number
  default     = 900
}

variable "bootstrap_admin_email" {
  description = "LANTOA_BOOTSTRAP_ADMIN_EMAIL for a new installation; empty for none."
  type        = string
  default     = ""
}

variable "extra_environment" {
  description = "Further Lantoa settings from README's configuration table, name => value (stored in SSM Parameter Store)."
  type        = map(string)
  default     = {}
}

variable "session_manager" {
  description = "Allow shell access to the instances through SSM Session Manager."
  type        = bool
  default     = true
}
