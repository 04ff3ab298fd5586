output "arn" {
  description = "ARN of the load balancer (for the WAF association)."
  value       = aws_lb.this.arn
}

output "arn_suffix" {
  description = "Load balancer dimension of its CloudWatch metrics."
  value       = aws_lb.this.arn_suffix
}

output "dns_name" {
  description = "DNS name of the load balancer: target of CNAME records for units' own hosts, and CloudFront's origin."
  value       = aws_lb.this.dns_name
}

output "security_group_id" {
  description = "Security group of the load balancer (the instances accept traffic only from it)."
  value       = aws_security_group.alb.id
}

output "target_group_arn" {
  description = "Target group of the Lantoa instances."
  value       = aws_lb_target_group.this.arn
}

output "target_group_arn_suffix" {
  description = "Target group dimension of CloudWatch metrics."
  value       = aws_lb_target_group.this.arn_suffix
}

output "https_listener_arn" {
  description = "HTTPS listener: units' own certificates are added to it (scripts/add-unit-host.sh)."
  value       = aws_lb_listener.https.arn
}

output "certificate_validation_records" {
  description = "CNAME records that prove the certificate's host names to ACM."
  value = [for o in aws_acm_certificate.this.domain_validation_options : {
    name  = o.resource_record_name
    type  = o.resource_record_type
    value = o.resource_record_value
  }]
}
