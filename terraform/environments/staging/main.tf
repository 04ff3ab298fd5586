# Lantoa staging in ap-southeast-1 (Singapore, the AWS region nearest Vietnam): the same shape as production at the
# smallest size, one NAT gateway, one database instance, no deletion protection (it can be destroyed and rebuilt).

terraform {
  # State in the bucket made by terraform/bootstrap, locked by a lock file next to it (no DynamoDB table):
  #   terraform init -backend-config="bucket=$(terraform -chdir=../../bootstrap output -raw state_bucket)"
  backend "s3" {
    key          = "lantoa/staging/terraform.tfstate"
    region       = "ap-southeast-1"
    encrypt      = true
    use_lockfile = true
  }
}

locals {
  environment = "staging"
  size = {
    vpc_cidr                 = "10.41.0.0/16"
    single_nat_gateway       = true
    interface_endpoints      = []
    instance_type            = "t4g.medium"
    instance_architecture    = "arm64"
    instances_min            = 1
    instances_max            = 2
    db_instance_class        = "db.t4g.medium"
    db_instance_count        = 1
    db_backup_retention_days = 3
    db_performance_insights  = false
    deletion_protection      = false
    alarm_db_connections     = 80
    log_retention_days       = 30
  }
}
