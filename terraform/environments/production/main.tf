# Lantoa production in ap-southeast-1 (Singapore, the AWS region nearest Vietnam): two Graviton instances or more
# over two zones, Aurora MySQL with a writer and a reader in different zones, 35 days of point-in-time recovery.

terraform {
  # State in the bucket made by terraform/bootstrap, locked by a lock file next to it (no DynamoDB table):
  #   terraform init -backend-config="bucket=$(terraform -chdir=../../bootstrap output -raw state_bucket)"
  backend "s3" {
    key          = "lantoa/production/terraform.tfstate"
    region       = "ap-southeast-1"
    encrypt      = true
    use_lockfile = true
  }
}

locals {
  environment = "production"
  size = {
    vpc_cidr                 = "10.40.0.0/16"
    single_nat_gateway       = false
    interface_endpoints      = ["ssm", "ssmmessages", "ec2messages", "secretsmanager", "logs", "monitoring"]
    instance_type            = "m7g.large"
    instance_architecture    = "arm64"
    instances_min            = 2
    instances_max            = 10
    db_instance_class        = "db.r7g.large"
    db_instance_count        = 2
    db_backup_retention_days = 35
    db_performance_insights  = true
    deletion_protection      = true
    alarm_db_connections     = 400
    log_retention_days       = 365
  }
}
