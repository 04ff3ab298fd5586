output "autoscaling_group_name" {
  description = "Name of the Auto Scaling group."
  value       = aws_autoscaling_group.this.name
}

output "security_group_id" {
  description = "Security group of the instances (allowed into the database)."
  value       = aws_security_group.instance.id
}

output "parameter_prefix" {
  description = "SSM Parameter Store path of the instances' settings."
  value       = "/${var.name}"
}

output "log_group_names" {
  description = "CloudWatch log groups of the instances."
  value       = [for g in aws_cloudwatch_log_group.this : g.name]
}

output "jwt_secret_arn" {
  description = "Secret holding LANTOA_JWT_SECRET."
  value       = module.jwt_secret.arn
}
