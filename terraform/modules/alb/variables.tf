variable "name" {
  description = "Name of the load balancer and its target group (at most 32 characters)."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the load balancer."
  type        = string
}

variable "vpc_cidr_block" {
  description = "Address range of the VPC (the instances)."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets in two or more zones."
  type        = list(string)
}

variable "domain_name" {
  description = "Main host name of the certificate, e.g. lantoa.edu.vn."
  type        = string
}

variable "subject_alternative_names" {
  description = "Further host names on the load balancer's certificate (units' own hosts can also get their own certificates, see scripts/add-unit-host.sh)."
  type        = list(string)
}

variable "certificate_validation_timeout" {
  description = "How long an apply waits for the DNS validation records to be created and the certificate issued."
  type        = string
}

variable "instance_port" {
  description = "Port Lantoa listens on (LANTOA_PORT)."
  type        = number
}

variable "deregistration_delay_seconds" {
  description = "Seconds an instance keeps its requests in flight after leaving the target group; match LANTOA_SHUTDOWN_DRAIN."
  type        = number
}

variable "idle_timeout_seconds" {
  description = "Idle connection timeout of the load balancer."
  type        = number
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer."
  type        = bool
}
