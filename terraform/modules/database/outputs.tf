output "endpoint" {
  description = "Writer endpoint of the cluster, known once its instances exist (so that Lantoa instances start after them)."
  value       = aws_rds_cluster.this.endpoint

  depends_on = [aws_rds_cluster_instance.this]
}

output "port" {
  description = "Port of the cluster."
  value       = aws_rds_cluster.this.port
}

output "cluster_identifier" {
  description = "Cluster identifier (DBClusterIdentifier dimension of the alarms)."
  value       = aws_rds_cluster.this.cluster_identifier
}

output "database_name" {
  description = "Schema Lantoa uses."
  value       = aws_rds_cluster.this.database_name
}

output "secret_arn" {
  description = "Secrets Manager secret holding the database username and password (JSON)."
  value       = module.master_password.arn
}
