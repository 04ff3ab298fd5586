# Alarms to an SNS topic that mails the operator: the load balancer's 5xx rate and p95 latency, unhealthy
# instances, the database's CPU and connections, and the age of the oldest queued mail, a Lantoa metric
# (lantoa_mail_queue_oldest_age_seconds) that the CloudWatch agent on each instance scrapes from
# http://127.0.0.1:8080/internal/prometheus (see infra/instance/prepare.sh). The worst instance counts (Maximum).

resource "aws_sns_topic" "alarms" {
  name = "${var.name}-alarms"
}

resource "aws_sns_topic_subscription" "email" {
  for_each = toset(var.alarm_emails)

  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = each.value
}

resource "aws_cloudwatch_metric_alarm" "alb_5xx_rate" {
  alarm_name          = "${var.name}-5xx-rate"
  alarm_description   = "More than ${var.error_rate_percent}% of requests answered 5xx (by Lantoa or by the load balancer) in 5 minutes"
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.error_rate_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.actions
  ok_actions          = local.actions

  metric_query {
    id          = "rate"
    expression  = "100 * (FILL(target, 0) + FILL(elb, 0)) / requests"
    label       = "5xx per 100 requests"
    return_data = true
  }

  dynamic "metric_query" {
    for_each = { target = "HTTPCode_Target_5XX_Count", elb = "HTTPCode_ELB_5XX_Count", requests = "RequestCount" }

    content {
      id = metric_query.key

      metric {
        namespace   = "AWS/ApplicationELB"
        metric_name = metric_query.value
        dimensions  = local.alb_dimensions
        period      = 300
        stat        = "Sum"
      }
    }
  }
}

locals {
  actions        = [aws_sns_topic.alarms.arn]
  alb_dimensions = tomap({ LoadBalancer = var.alb_arn_suffix })
  # Alarms on one metric each: the worst value over a period, compared with a threshold.
  alarms = {
    "latency-p95" = {
      description = "95th percentile of Lantoa's response time above ${var.latency_p95_seconds} s for 15 minutes"
      namespace   = "AWS/ApplicationELB"
      metric      = "TargetResponseTime"
      dimensions  = local.alb_dimensions
      statistic   = null
      percentile  = "p95"
      period      = 300
      periods     = 3
      threshold   = var.latency_p95_seconds
      missing     = "notBreaching"
    }
    "unhealthy-instances" = {
      description = "An instance failed /health/readiness for 5 minutes"
      namespace   = "AWS/ApplicationELB"
      metric      = "UnHealthyHostCount"
      dimensions  = tomap({ LoadBalancer = var.alb_arn_suffix, TargetGroup = var.target_group_arn_suffix })
      statistic   = "Maximum"
      percentile  = null
      period      = 60
      periods     = 5
      threshold   = 0
      missing     = "notBreaching"
    }
    "db-cpu" = {
      description = "Database CPU above ${var.db_cpu_percent}% for 15 minutes"
      namespace   = "AWS/RDS"
      metric      = "CPUUtilization"
      dimensions  = tomap({ DBClusterIdentifier = var.db_cluster_identifier })
      statistic   = "Maximum"
      percentile  = null
      period      = 300
      periods     = 3
      threshold   = var.db_cpu_percent
      missing     = "missing"
    }
    "db-connections" = {
      description = "More than ${var.db_connections} database connections (each instance holds up to DATASOURCE_POOL_SIZE)"
      namespace   = "AWS/RDS"
      metric      = "DatabaseConnections"
      dimensions  = tomap({ DBClusterIdentifier = var.db_cluster_identifier })
      statistic   = "Maximum"
      percentile  = null
      period      = 300
      periods     = 2
      threshold   = var.db_connections
      missing     = "missing"
    }
    "mail-queue-age" = {
      description = "The oldest queued mail has waited more than ${var.mail_queue_age_seconds} s (mail is not going out)"
      namespace   = var.metrics_namespace
      metric      = "lantoa_mail_queue_oldest_age_seconds"
      dimensions  = tomap({ job = "lantoa" })
      statistic   = "Maximum"
      percentile  = null
      period      = 300
      periods     = 2
      threshold   = var.mail_queue_age_seconds
      missing     = "missing"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "metric" {
  for_each = local.alarms

  alarm_name          = "${var.name}-${each.key}"
  alarm_description   = each.value.description
  namespace           = each.value.namespace
  metric_name         = each.value.metric
  dimensions          = each.value.dimensions
  statistic           = each.value.statistic
  extended_statistic  = each.value.percentile
  period              = each.value.period
  evaluation_periods  = each.value.periods
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  treat_missing_data  = each.value.missing
  alarm_actions       = local.actions
  ok_actions          = local.actions
}
