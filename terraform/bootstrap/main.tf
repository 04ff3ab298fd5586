# Run once per AWS account, before the environments: the bucket that holds every environment's Terraform state
# (versioned, encrypted, private; locking is S3's native lock file, so there is no DynamoDB table) and the bucket
# the operator uploads production jars to. Its own state stays local (terraform.tfstate here): keep it, or move it
# into the new bucket afterwards with a backend block and `terraform init -migrate-state`.

terraform {
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = { Project = "lantoa", ManagedBy = "terraform" }
  }
}

data "aws_caller_identity" "current" {}

module "bucket" {
  source   = "../modules/storage"
  for_each = toset(["tfstate", "artifacts"])

  bucket_name                = "${var.name_prefix}-${each.key}-${data.aws_caller_identity.current.account_id}"
  noncurrent_transition_days = 0
  noncurrent_expiration_days = var.noncurrent_days
}
