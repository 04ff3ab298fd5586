# Lantoa production in ap-southeast-1 (Singapore, the AWS region nearest Vietnam): two Graviton instances or more
# over two zones, Aurora MySQL with a writer and a reader in different zones, 35 days of point-in-time recovery.

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
  tags = { Project = "lantoa", Environment = "production", ManagedBy = "terraform" }
}

module "lantoa" {
  source = "../../modules/stack"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  environment           = "production"
  domain_name           = var.domain_name
  cdn_aliases           = var.cdn_aliases
  alb_extra_names       = var.alb_extra_names
  alarm_emails          = var.alarm_emails
  artifacts_bucket      = var.artifacts_bucket
  jar_key               = var.jar_key
  instance_files_dir    = "${path.root}/../../../infra/instance"
  bootstrap_admin_email = var.bootstrap_admin_email
  extra_environment     = var.extra_environment

  vpc_cidr            = "10.40.0.0/16"
  single_nat_gateway  = false
  interface_endpoints = ["ssm", "ssmmessages", "ec2messages", "secretsmanager", "logs", "monitoring"]

  instance_type         = "m7g.large"
  instance_architecture = "arm64"
  instances_min         = 2
  instances_max         = 10

  db_instance_class        = "db.r7g.large"
  db_instance_count        = 2
  db_backup_retention_days = 35
  db_performance_insights  = true
  deletion_protection      = true
  alarm_db_connections     = 400

  log_retention_days = 365
}
