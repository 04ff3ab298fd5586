output "state_bucket" {
  description = "Bucket for the environments' state: terraform init -backend-config=\"bucket=<this>\"."
  value       = module.bucket["tfstate"].bucket
}

output "artifacts_bucket" {
  description = "Bucket for production jars: the environments' artifacts_bucket variable."
  value       = module.bucket["artifacts"].bucket
}
