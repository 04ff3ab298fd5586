output "arn" {
  description = "ARN of the secret."
  value       = aws_secretsmanager_secret.this.arn
}

output "value" {
  description = "The generated value (the password, for a JSON secret)."
  value       = var.username == "" ? aws_secretsmanager_secret_version.this.secret_string : jsondecode(aws_secretsmanager_secret_version.this.secret_string)["password"]
  sensitive   = true
}
