variable "name" {
  description = "Cluster identifier and name prefix, e.g. lantoa-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the database."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets in two or more zones."
  type        = list(string)
}

variable "availability_zones" {
  description = "Zones the cluster's instances are spread over, in order."
  type        = list(string)
}

variable "allowed_security_group_id" {
  description = "Security group that may connect on 3306 (the Lantoa instances)."
  type        = string
}

variable "engine_version" {
  description = "Aurora MySQL 8 version, e.g. 8.0.mysql_aurora.3.08.2; null takes the region's default 3.x version."
  type        = string
}

variable "instance_class" {
  description = "Class of each cluster instance, e.g. db.r7g.large (production) or db.t4g.medium (staging)."
  type        = string
}

variable "instance_count" {
  description = "Cluster instances: 1 writer plus readers; 2 or more keeps the database up when a zone fails."
  type        = number
}

variable "database_name" {
  description = "Schema Lantoa uses (in DATASOURCE_URL)."
  type        = string
}

variable "master_username" {
  description = "Account Lantoa connects with (DATASOURCE_USERNAME); it needs DDL rights for Flyway."
  type        = string
}

variable "backup_retention_days" {
  description = "Days of automated backups: point-in-time recovery reaches back this far (1 to 35)."
  type        = number
}

variable "backup_window" {
  description = "Daily backup window in UTC (hh24:mi-hh24:mi); 19:00-20:00 UTC is 02:00-03:00 in Vietnam."
  type        = string
}

variable "maintenance_window" {
  description = "Weekly maintenance window in UTC (ddd:hh24:mi-ddd:hh24:mi)."
  type        = string
}

variable "deletion_protection" {
  description = "Refuse to delete the cluster, keep a final snapshot and the secret's 30-day recovery window."
  type        = bool
}

variable "performance_insights" {
  description = "Turn on Performance Insights (free tier: 7 days of history)."
  type        = bool
}
