variable "name" {
  description = "Name prefix of the alarms and the SNS topic."
  type        = string
}

variable "alarm_emails" {
  description = "Addresses that receive the alarms (each confirms the SNS subscription mail once)."
  type        = list(string)
}

variable "alb_arn_suffix" {
  description = "LoadBalancer dimension of the load balancer's metrics."
  type        = string
}

variable "target_group_arn_suffix" {
  description = "TargetGroup dimension of the target group's metrics."
  type        = string
}

variable "db_cluster_identifier" {
  description = "DBClusterIdentifier dimension of the database's metrics."
  type        = string
}

variable "metrics_namespace" {
  description = "CloudWatch namespace of the metrics scraped from Lantoa's Prometheus endpoint."
  type        = string
}

variable "error_rate_percent" {
  description = "Share of 5xx answers (percent of requests over 5 minutes) that raises the alarm."
  type        = number
}

variable "latency_p95_seconds" {
  description = "95th percentile target response time (seconds) that raises the alarm."
  type        = number
}

variable "db_cpu_percent" {
  description = "Database CPU (percent) that raises the alarm."
  type        = number
}

variable "db_connections" {
  description = "Database connections that raise the alarm."
  type        = number
}

variable "mail_queue_age_seconds" {
  description = "Age of the oldest queued mail (seconds) that raises the alarm."
  type        = number
}
