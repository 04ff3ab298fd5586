output "state_bucket" {
  description = "Bucket for the environments' state: terraform init -backend-config=\"bucket=<this>\"."
  value       = aws_s3_bucket.this["state"].bucket
}

output "artifacts_bucket" {
  description = "Bucket for production jars: the environments' artifacts_bucket variable."
  value       = aws_s3_bucket.this["artifacts"].bucket
}
