variable "region" {
  description = "Region of the state and artifacts buckets (ap-southeast-1, Singapore, nearest Vietnam)."
  type        = string
  default     = "ap-southeast-1"
}

variable "name_prefix" {
  description = "Prefix of the bucket names (<prefix>-tfstate-<account id>, <prefix>-artifacts-<account id>)."
  type        = string
  default     = "lantoa"
}

variable "noncurrent_days" {
  description = "Days old versions of state files and jars are kept."
  type        = number
  default     = 365
}
