# The same file serves staging (environments/staging/lantoa.tf is a link to it): each root's main.tf sets
# local.environment, local.size and the state's key.

provider "aws" {
  region = local.region

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
  # Singapore, the AWS region nearest Vietnam with every service used here (the backend's region is in main.tf).
  region = "ap-southeast-1"
  tags   = { Project = "lantoa", Environment = local.environment, ManagedBy = "terraform" }
}

module "lantoa" {
  source = "../../modules/stack"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  environment           = local.environment
  region                = local.region
  domain_name           = var.domain_name
  cdn_aliases           = var.cdn_aliases
  alb_extra_names       = var.alb_extra_names
  alarm_emails          = var.alarm_emails
  artifacts_bucket      = var.artifacts_bucket
  jar_key               = var.jar_key
  instance_files_dir    = "${path.root}/../../../infra/instance"
  bootstrap_admin_email = var.bootstrap_admin_email
  extra_environment     = var.extra_environment

  vpc_cidr            = local.size.vpc_cidr
  single_nat_gateway  = local.size.single_nat_gateway
  interface_endpoints = local.size.interface_endpoints

  instance_type         = local.size.instance_type
  instance_architecture = local.size.instance_architecture
  instances_min         = local.size.instances_min
  instances_max         = local.size.instances_max

  db_instance_class        = local.size.db_instance_class
  db_instance_count        = local.size.db_instance_count
  db_backup_retention_days = local.size.db_backup_retention_days
  db_performance_insights  = local.size.db_performance_insights
  deletion_protection      = local.size.deletion_protection
  alarm_db_connections     = local.size.alarm_db_connections

  log_retention_days = local.size.log_retention_days
}
