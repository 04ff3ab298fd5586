variable "name" {
  description = "Name prefix of the instances' resources; also the SSM parameter path /<name>/ and the log groups /<name>/*."
  type        = string
}

variable "region" {
  description = "AWS region (S3_REGION, the parameters' ARNs)."
  type        = string
}

variable "account_id" {
  description = "AWS account ID (the parameters' ARNs)."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the instances."
  type        = string
}

variable "vpc_cidr_block" {
  description = "Address range of the VPC: LANTOA_TRUSTED_PROXIES, since the load balancer's addresses are inside it."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets in two or more zones for the instances."
  type        = list(string)
}

variable "alb_security_group_id" {
  description = "Security group of the load balancer, the only source of traffic to the instances."
  type        = string
}

variable "target_group_arn" {
  description = "Target group the instances register with."
  type        = string
}

variable "instance_port" {
  description = "Port Lantoa listens on (LANTOA_PORT)."
  type        = number
}

variable "instance_type" {
  description = "EC2 instance type; its architecture must match var.architecture (t4g/m7g/c7g for arm64)."
  type        = string
}

variable "architecture" {
  description = "CPU architecture of the Amazon Linux 2023 image: arm64 (Graviton, cheaper) or x86_64."
  type        = string

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture is arm64 or x86_64."
  }
}

variable "root_volume_gb" {
  description = "Size of each instance's encrypted gp3 root volume."
  type        = number
}

variable "min_size" {
  description = "Fewest instances (at least 2 keeps the site up when a zone or an instance fails)."
  type        = number
}

variable "max_size" {
  description = "Most instances the CPU scaling policy may start."
  type        = number
}

variable "cpu_target_percent" {
  description = "Average CPU the scaling policy keeps the group at."
  type        = number
}

variable "health_check_grace_seconds" {
  description = "Seconds after launch before failed load balancer health checks replace an instance (covers prepare.sh and the start)."
  type        = number
}

variable "instance_warmup_seconds" {
  description = "Seconds a new instance is given before its metrics count and the refresh moves on."
  type        = number
}

variable "refresh_min_healthy_percentage" {
  description = "Share of the group that stays in service during an instance refresh."
  type        = number
}

variable "refresh_max_healthy_percentage" {
  description = "Share of the group an instance refresh may run at once (above 100: new instances start before old ones stop)."
  type        = number
}

variable "drain_seconds" {
  description = "Seconds an instance drains on stop (LANTOA_SHUTDOWN_DRAIN); the target group's deregistration delay is the same."
  type        = number
}

variable "artifacts_bucket" {
  description = "Bucket holding the production jar; infra/instance/ is uploaded next to it."
  type        = string
}

variable "artifacts_prefix" {
  description = "Key prefix in the artifacts bucket for the uploaded infra/instance/ files."
  type        = string
}

variable "jar_key" {
  description = "Key of the production jar (backend/target/lantoa.jar as uploaded by the operator)."
  type        = string
}

variable "instance_files_dir" {
  description = "Local path of infra/instance/ (prepare.sh and lantoa.service)."
  type        = string
}

variable "base_url" {
  description = "LANTOA_BASE_URL: public address used in links sent by email."
  type        = string
}

variable "datasource_url" {
  description = "DATASOURCE_URL: JDBC URL of the database."
  type        = string
}

variable "database_secret_arn" {
  description = "Secret with the database username and password (JSON)."
  type        = string
}

variable "files_bucket" {
  description = "S3_BUCKET: Lantoa's file bucket."
  type        = string
}

variable "files_bucket_arn" {
  description = "ARN of the file bucket."
  type        = string
}

variable "smtp_host" {
  description = "SMTP_HOST: SES SMTP endpoint."
  type        = string
}

variable "smtp_secret_arn" {
  description = "Secret with the SMTP username and password (JSON)."
  type        = string
}

variable "ses_resource_arns" {
  description = "SES identity and configuration set the instance role may send through."
  type        = list(string)
}

variable "mail_from" {
  description = "MAIL_FROM: sender of Lantoa's mail, at the SES domain."
  type        = string
}

variable "bootstrap_admin_email" {
  description = "LANTOA_BOOTSTRAP_ADMIN_EMAIL: the first platform admin invited on a new installation; empty for none."
  type        = string
}

variable "extra_environment" {
  description = "Further Lantoa settings (README, Configuration), name => value, e.g. { LANTOA_DESK_PER_UNIT_PER_HOUR = \"3000\" }."
  type        = map(string)
}

variable "trust_cloudfront" {
  description = "Add CloudFront's origin-facing address ranges to LANTOA_TRUSTED_PROXIES, so that clients behind CloudFront are told apart."
  type        = bool
}

variable "metrics_namespace" {
  description = "CloudWatch namespace of the metrics scraped from Lantoa's Prometheus endpoint."
  type        = string
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the instances' logs."
  type        = number
}

variable "session_manager" {
  description = "Allow shell access through SSM Session Manager (AmazonSSMManagedInstanceCore)."
  type        = bool
}

variable "secret_recovery_days" {
  description = "Days a deleted JWT secret can be restored (0 deletes at once, so that a destroyed staging can be rebuilt)."
  type        = number
}
