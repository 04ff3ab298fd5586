# The same file serves staging (environments/staging/versions.tf is a link to it); the backend is in main.tf.

terraform {
  # 1.10 for the S3 backend's native lock file (use_lockfile); the modules themselves need 1.6.
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}
