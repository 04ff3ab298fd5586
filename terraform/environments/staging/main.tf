# Lantoa staging in ap-southeast-1 (Singapore, the AWS region nearest Vietnam): the same shape as production at the
# smallest size, one NAT gateway, one database instance, no deletion protection (it can be destroyed and rebuilt).

provider "aws" {
  region = "ap-southeast-1"

  default_tags {
    tags = local.tags
  }
}

# CloudFront's certificate and WAF web ACL live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.tags
  }
}

locals {
  tags = { Project = "lantoa", Environment = "staging", ManagedBy = "terraform" }
}

module "lantoa" {
  source = "../../modules/stack"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  environment           = "staging"
  domain_name           = var.domain_name
  cdn_aliases           = var.cdn_aliases
  alb_extra_names       = var.alb_extra_names
  alarm_emails          = var.alarm_emails
  artifacts_bucket      = var.artifacts_bucket
  jar_key               = var.jar_key
  instance_files_dir    = "${path.root}/../../../infra/instance"
  bootstrap_admin_email = var.bootstrap_admin_email
  extra_environment     = var.extra_environment

  vpc_cidr            = "10.41.0.0/16"
  single_nat_gateway  = true
  interface_endpoints = []

  instance_type         = "t4g.medium"
  instance_architecture = "arm64"
  instances_min         = 1
  instances_max         = 2

  db_instance_class        = "db.t4g.medium"
  db_instance_count        = 1
  db_backup_retention_days = 3
  db_performance_insights  = false
  deletion_protection      = false
  alarm_db_connections     = 80

  log_retention_days = 30
}
