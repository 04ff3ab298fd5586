variable "bucket_name" {
  description = "Name of the bucket (for Lantoa's files: S3_BUCKET); globally unique."
  type        = string
}

variable "noncurrent_transition_days" {
  description = "Days after which an overwritten or deleted file's old version moves to Standard-IA (at least 30; 0: never)."
  type        = number
}

variable "noncurrent_expiration_days" {
  description = "Days after which an old version is deleted for good: the window in which a file can be restored."
  type        = number
}
