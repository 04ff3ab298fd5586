output "domain_name" {
  description = "DNS name of the distribution: the target of the aliases' CNAME records."
  value       = aws_cloudfront_distribution.this.domain_name
}

output "distribution_id" {
  description = "ID of the distribution (for invalidations)."
  value       = aws_cloudfront_distribution.this.id
}

output "origin_header_value" {
  description = "Secret value CloudFront sends in the origin header."
  value       = module.origin_secret.value
  sensitive   = true
}

output "certificate_validation_records" {
  description = "CNAME records that prove the CloudFront certificate's host names to ACM (us-east-1)."
  value = [for o in aws_acm_certificate.this.domain_validation_options : {
    name  = o.resource_record_name
    type  = o.resource_record_type
    value = o.resource_record_value
  }]
}
