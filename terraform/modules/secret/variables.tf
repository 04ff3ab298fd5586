variable "name" {
  description = "Name of the secret, e.g. lantoa-production/jwt."
  type        = string
}

variable "description" {
  description = "What the secret is for."
  type        = string
}

variable "length" {
  description = "Characters in the generated value."
  type        = number
}

variable "username" {
  description = "With a username the secret is JSON {username, password}; empty for the bare value."
  type        = string
  default     = ""
}

variable "recovery_window_days" {
  description = "Days a deleted secret can still be restored (0: deleted at once, and its name is free again)."
  type        = number
}
