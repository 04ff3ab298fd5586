output "bucket" {
  description = "Name of the file bucket."
  value       = aws_s3_bucket.this.bucket
}

output "arn" {
  description = "ARN of the file bucket."
  value       = aws_s3_bucket.this.arn
}
