variable "name" {
  description = "Name prefix of every network resource, e.g. lantoa-production."
  type        = string
}

variable "region" {
  description = "AWS region of the VPC (used in the endpoint service names)."
  type        = string
}

variable "cidr_block" {
  description = "Address range of the VPC. Public subnets take the first /24s, private subnets /20s after them."
  type        = string
}

variable "availability_zones" {
  description = "Availability zones to spread subnets over (two, for a load balancer and a Multi-AZ database)."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) >= 2
    error_message = "Give at least two availability zones."
  }
}

variable "single_nat_gateway" {
  description = "One NAT gateway for both zones (cheaper; outbound traffic stops if its zone fails) instead of one per zone."
  type        = bool
}

variable "interface_endpoints" {
  description = "AWS services reached through interface endpoints instead of the NAT gateway, e.g. [\"ssm\", \"secretsmanager\", \"logs\", \"monitoring\"]."
  type        = list(string)
}
