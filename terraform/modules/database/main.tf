# Aurora MySQL 8 (MySQL 8.0 compatible, which Lantoa supports): storage kept six times over three zones, a reader
# in the second zone that takes over in about half a minute, continuous backup with point-in-time recovery, and
# storage that grows by itself. Chosen over RDS MySQL Multi-AZ because a failover is faster, the standby also
# serves reads, and the storage never has to be sized ahead of the sector's growth.
#
# The password is generated once into Secrets Manager (never in a variable or a file) and not rotated by itself:
# instances read it at start, so a rotation is an operator step followed by an instance refresh (README).

module "master_password" {
  source = "../secret"

  name                 = "${var.name}/database"
  description          = "Lantoa database account: DATASOURCE_USERNAME and DATASOURCE_PASSWORD"
  length               = 40
  username             = var.master_username
  recovery_window_days = var.deletion_protection ? 30 : 0
}

resource "aws_db_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
}

resource "aws_security_group" "db" {
  name        = "${var.name}-db"
  description = "MySQL from the Lantoa instances only"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "from_instances" {
  security_group_id            = aws_security_group.db.id
  description                  = "MySQL from Lantoa"
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = var.allowed_security_group_id
}

resource "aws_rds_cluster_parameter_group" "this" {
  name        = "${var.name}-aurora-mysql8"
  family      = "aurora-mysql8.0"
  description = "Lantoa: utf8mb4, UTC, TLS only"

  parameter {
    name  = "character_set_server"
    value = "utf8mb4"
  }

  parameter {
    name  = "collation_server"
    value = "utf8mb4_unicode_ci"
  }

  parameter {
    name  = "character_set_client"
    value = "utf8mb4"
  }

  parameter {
    name  = "character_set_connection"
    value = "utf8mb4"
  }

  parameter {
    name  = "character_set_results"
    value = "utf8mb4"
  }

  parameter {
    name  = "time_zone"
    value = "UTC"
  }

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_rds_cluster" "this" {
  cluster_identifier              = var.name
  engine                          = "aurora-mysql"
  engine_version                  = var.engine_version
  database_name                   = var.database_name
  master_username                 = var.master_username
  master_password                 = module.master_password.value
  db_subnet_group_name            = aws_db_subnet_group.this.name
  vpc_security_group_ids          = [aws_security_group.db.id]
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.name
  storage_encrypted               = true
  backup_retention_period         = var.backup_retention_days
  preferred_backup_window         = var.backup_window
  preferred_maintenance_window    = var.maintenance_window
  copy_tags_to_snapshot           = true
  deletion_protection             = var.deletion_protection
  skip_final_snapshot             = !var.deletion_protection
  final_snapshot_identifier       = var.deletion_protection ? "${var.name}-final" : null
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}

resource "aws_rds_cluster_instance" "this" {
  count = var.instance_count

  identifier                   = "${var.name}-${count.index}"
  cluster_identifier           = aws_rds_cluster.this.id
  engine                       = aws_rds_cluster.this.engine
  engine_version               = aws_rds_cluster.this.engine_version
  instance_class               = var.instance_class
  db_subnet_group_name         = aws_db_subnet_group.this.name
  availability_zone            = var.availability_zones[count.index % length(var.availability_zones)]
  publicly_accessible          = false
  performance_insights_enabled = var.performance_insights
  auto_minor_version_upgrade   = true
  promotion_tier               = count.index
}
