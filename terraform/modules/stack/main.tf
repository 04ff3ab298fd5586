# One Lantoa environment on AWS: network, load balancer, instances, database, files, mail, CDN, WAF and alarms.
# The environment roots (environments/staging, environments/production) call this module with their own sizes.

data "aws_caller_identity" "current" {}

locals {
  name         = "lantoa-${var.environment}"
  zones        = length(var.availability_zones) > 0 ? var.availability_zones : ["${var.region}a", "${var.region}b"]
  base_url     = var.base_url != "" ? var.base_url : "https://${var.domain_name}"
  mail_domain  = var.mail_domain != "" ? var.mail_domain : var.domain_name
  mail_from    = var.mail_from != "" ? var.mail_from : "Lantoa <no-reply@${local.mail_domain}>"
  files_bucket = var.files_bucket_name != "" ? var.files_bucket_name : "${local.name}-files-${data.aws_caller_identity.current.account_id}"
  cdn_aliases  = concat([var.domain_name], var.cdn_aliases)
  # The load balancer's certificate covers the CloudFront names too: CloudFront forwards Host and checks the
  # origin's certificate against it.
  alb_names     = distinct(concat(var.cdn_aliases, var.alb_extra_names))
  origin_header = "X-Lantoa-Origin-Verify"
  # Lantoa's session cookie (micronaut.security.token.cookie.cookie-name) and language cookie.
  cache_key_cookies = ["lantoa_session", "lantoa_lang"]
  uncached_paths = [
    "/admin*", "/login*", "/logout*", "/account*", "/password*", "/invitation*", "/lang*",
    "/api/*", "/health*", "/internal/*",
  ]
  datasource_url = join("", [
    "jdbc:mysql://${module.database.endpoint}:${module.database.port}/${module.database.database_name}",
    "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&sslMode=REQUIRED",
  ])
}

module "network" {
  source = "../network"

  name                = local.name
  region              = var.region
  cidr_block          = var.vpc_cidr
  availability_zones  = local.zones
  single_nat_gateway  = var.single_nat_gateway
  interface_endpoints = var.interface_endpoints
}

module "alb" {
  source = "../alb"

  name                           = local.name
  vpc_id                         = module.network.vpc_id
  vpc_cidr_block                 = module.network.cidr_block
  public_subnet_ids              = module.network.public_subnet_ids
  domain_name                    = var.domain_name
  subject_alternative_names      = local.alb_names
  certificate_validation_timeout = var.certificate_validation_timeout
  instance_port                  = var.instance_port
  deregistration_delay_seconds   = var.drain_seconds
  idle_timeout_seconds           = 60
  ssl_policy                     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  deletion_protection            = var.deletion_protection
}

module "storage" {
  source = "../storage"

  bucket_name                = local.files_bucket
  noncurrent_transition_days = var.files_noncurrent_transition_days
  noncurrent_expiration_days = var.files_noncurrent_expiration_days
}

module "mail" {
  source = "../mail"

  name                = local.name
  region              = var.region
  domain              = local.mail_domain
  mail_from_subdomain = var.mail_from_subdomain
}

module "database" {
  source = "../database"

  name                      = local.name
  vpc_id                    = module.network.vpc_id
  subnet_ids                = module.network.private_subnet_ids
  availability_zones        = local.zones
  allowed_security_group_id = module.app.security_group_id
  engine_version            = var.db_engine_version
  instance_class            = var.db_instance_class
  instance_count            = var.db_instance_count
  database_name             = "lantoa"
  master_username           = "lantoa"
  backup_retention_days     = var.db_backup_retention_days
  backup_window             = var.db_backup_window
  maintenance_window        = var.db_maintenance_window
  deletion_protection       = var.deletion_protection
  performance_insights      = var.db_performance_insights
}

module "app" {
  source = "../app"

  name                           = local.name
  region                         = var.region
  account_id                     = data.aws_caller_identity.current.account_id
  vpc_id                         = module.network.vpc_id
  vpc_cidr_block                 = module.network.cidr_block
  private_subnet_ids             = module.network.private_subnet_ids
  alb_security_group_id          = module.alb.security_group_id
  target_group_arn               = module.alb.target_group_arn
  instance_port                  = var.instance_port
  instance_type                  = var.instance_type
  architecture                   = var.instance_architecture
  root_volume_gb                 = var.instance_root_volume_gb
  min_size                       = var.instances_min
  max_size                       = var.instances_max
  cpu_target_percent             = var.instances_cpu_target_percent
  health_check_grace_seconds     = var.health_check_grace_seconds
  instance_warmup_seconds        = var.instance_warmup_seconds
  refresh_min_healthy_percentage = var.refresh_min_healthy_percentage
  refresh_max_healthy_percentage = var.refresh_max_healthy_percentage
  drain_seconds                  = var.drain_seconds
  artifacts_bucket               = var.artifacts_bucket
  artifacts_prefix               = var.artifacts_prefix
  jar_key                        = var.jar_key
  instance_files_dir             = var.instance_files_dir
  base_url                       = local.base_url
  datasource_url                 = local.datasource_url
  database_secret_arn            = module.database.secret_arn
  files_bucket                   = module.storage.bucket
  files_bucket_arn               = module.storage.arn
  smtp_host                      = module.mail.smtp_host
  smtp_secret_arn                = module.mail.smtp_secret_arn
  ses_resource_arns              = [module.mail.identity_arn, module.mail.configuration_set_arn]
  mail_from                      = local.mail_from
  bootstrap_admin_email          = var.bootstrap_admin_email
  extra_environment              = var.extra_environment
  trust_cloudfront               = true
  metrics_namespace              = var.metrics_namespace
  log_retention_days             = var.log_retention_days
  session_manager                = var.session_manager
  secret_recovery_days           = var.deletion_protection ? 30 : 0
}

module "waf_cloudfront" {
  source = "../waf"
  providers = {
    aws = aws.us_east_1
  }

  name                   = "${local.name}-cloudfront"
  scope                  = "CLOUDFRONT"
  associate              = false
  associate_resource_arn = ""
  sign_in_limit          = var.waf_sign_in_limit
  feedback_limit         = var.waf_feedback_limit
  bypass_header_name     = ""
  bypass_header_value    = ""
}

module "cdn" {
  source = "../cdn"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                           = local.name
  aliases                        = local.cdn_aliases
  origin_domain_name             = module.alb.dns_name
  origin_header_name             = local.origin_header
  web_acl_arn                    = module.waf_cloudfront.arn
  price_class                    = var.cloudfront_price_class
  cache_key_cookies              = local.cache_key_cookies
  uncached_path_patterns         = local.uncached_paths
  certificate_validation_timeout = var.certificate_validation_timeout
}

module "waf_alb" {
  source = "../waf"

  name                   = "${local.name}-alb"
  scope                  = "REGIONAL"
  associate              = true
  associate_resource_arn = module.alb.arn
  sign_in_limit          = var.waf_sign_in_limit
  feedback_limit         = var.waf_feedback_limit
  bypass_header_name     = local.origin_header
  bypass_header_value    = module.cdn.origin_header_value
}

module "monitoring" {
  source = "../monitoring"

  name                    = local.name
  alarm_emails            = var.alarm_emails
  alb_arn_suffix          = module.alb.arn_suffix
  target_group_arn_suffix = module.alb.target_group_arn_suffix
  db_cluster_identifier   = module.database.cluster_identifier
  metrics_namespace       = var.metrics_namespace
  error_rate_percent      = var.alarm_error_rate_percent
  latency_p95_seconds     = var.alarm_latency_p95_seconds
  db_cpu_percent          = var.alarm_db_cpu_percent
  db_connections          = var.alarm_db_connections
  mail_queue_age_seconds  = var.alarm_mail_queue_age_seconds
}
