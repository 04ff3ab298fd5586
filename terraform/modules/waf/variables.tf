variable "name" {
  description = "Name of the web ACL and prefix of its metrics."
  type        = string
}

variable "scope" {
  description = "CLOUDFRONT (the provider must be in us-east-1) or REGIONAL (the load balancer)."
  type        = string

  validation {
    condition     = contains(["CLOUDFRONT", "REGIONAL"], var.scope)
    error_message = "scope is CLOUDFRONT or REGIONAL."
  }
}

variable "associate" {
  description = "Associate the ACL with associate_resource_arn (REGIONAL); false for a CloudFront ACL, which the distribution names itself."
  type        = bool
}

variable "associate_resource_arn" {
  description = "Regional resource (the load balancer) to protect when associate is true."
  type        = string
}

variable "sign_in_limit" {
  description = "Sign-in POSTs (/login, /api/v1/auth/token, /password/forgot) one address may make in 5 minutes before a 429."
  type        = number
}

variable "feedback_limit" {
  description = "Public feedback form POSTs (.../gui-phan-anh, .../bo-sung) one address may make in 5 minutes before a 429."
  type        = number
}

variable "bypass_header_name" {
  description = "Header that marks requests already counted by the CloudFront ACL; empty counts every request."
  type        = string
}

variable "bypass_header_value" {
  description = "Secret value of bypass_header_name that CloudFront adds to origin requests."
  type        = string
  sensitive   = true
}
