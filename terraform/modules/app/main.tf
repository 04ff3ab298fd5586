# The Lantoa instances: an Auto Scaling group over both zones behind the load balancer. Each instance starts from
# Amazon Linux 2023, downloads the production jar and infra/instance/ from the artifacts bucket and runs
# prepare.sh, which installs Java 17, writes /etc/lantoa/lantoa.env from SSM Parameter Store and Secrets Manager,
# configures the CloudWatch agent and starts lantoa.service. A new jar key, a changed prepare.sh or any other
# change of the launch template replaces the instances one by one (instance refresh), new ones first.

locals {
  prefix       = "/${var.name}"
  instance_dir = "${var.artifacts_prefix}instance/${var.name}/"
  instance_files = {
    for f in ["prepare.sh", "lantoa.service"] : f => "${var.instance_files_dir}/${f}"
  }
  environment = merge(
    {
      LANTOA_PORT            = tostring(var.instance_port)
      LANTOA_BASE_URL        = var.base_url
      DATASOURCE_URL         = var.datasource_url
      S3_BUCKET              = var.files_bucket
      S3_REGION              = var.region
      SMTP_HOST              = var.smtp_host
      SMTP_PORT              = "587"
      SMTP_STARTTLS          = "true"
      MAIL_FROM              = var.mail_from
      LANTOA_TRUSTED_PROXIES = var.vpc_cidr_block
      LANTOA_SHUTDOWN_DRAIN  = "${var.drain_seconds}s"
    },
    var.bootstrap_admin_email == "" ? {} : { LANTOA_BOOTSTRAP_ADMIN_EMAIL = var.bootstrap_admin_email },
    var.extra_environment,
  )
  secrets = {
    jwt      = module.jwt_secret.arn
    database = var.database_secret_arn
    smtp     = var.smtp_secret_arn
  }
}

# One JWT secret for every instance: a session signed by one is accepted by the others. Drawn once: a new one would
# sign everyone out.
module "jwt_secret" {
  source = "../secret"

  name                 = "${var.name}/jwt"
  description          = "LANTOA_JWT_SECRET, the same for every instance"
  length               = 64
  recovery_window_days = var.secret_recovery_days
}

resource "aws_ssm_parameter" "environment" {
  for_each = local.environment

  name        = "${local.prefix}/env/${each.key}"
  description = "Lantoa setting ${each.key} (see README, Configuration)"
  type        = "String"
  value       = each.value
}

resource "aws_ssm_parameter" "secret" {
  for_each = local.secrets

  name        = "${local.prefix}/secret/${each.key}"
  description = "ARN of the Secrets Manager secret prepare.sh reads for ${each.key}"
  type        = "String"
  value       = each.value
}

resource "aws_ssm_parameter" "trust_cloudfront" {
  name        = "${local.prefix}/instance/trust-cloudfront"
  description = "true: prepare.sh adds CloudFront's origin-facing ranges to LANTOA_TRUSTED_PROXIES"
  type        = "String"
  value       = tostring(var.trust_cloudfront)
}

resource "aws_cloudwatch_log_group" "this" {
  for_each = toset(["app", "system", "prometheus"])

  name              = "${local.prefix}/${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_s3_object" "instance_file" {
  for_each = local.instance_files

  bucket = var.artifacts_bucket
  key    = "${local.instance_dir}${each.key}"
  source = each.value
  etag   = filemd5(each.value)
}

# The instance role: only what an instance needs.
data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "instance" {
  name               = "${var.name}-instance"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_instance_profile" "instance" {
  name = "${var.name}-instance"
  role = aws_iam_role.instance.name
}

data "aws_iam_policy_document" "instance" {
  statement {
    sid       = "FilesList"
    actions   = ["s3:ListBucket", "s3:ListBucketVersions"]
    resources = [var.files_bucket_arn]
  }

  statement {
    sid       = "FilesReadWrite"
    actions   = ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.files_bucket_arn}/*"]
  }

  statement {
    sid     = "ArtifactsRead"
    actions = ["s3:GetObject"]
    resources = [
      "arn:aws:s3:::${var.artifacts_bucket}/${var.jar_key}",
      "arn:aws:s3:::${var.artifacts_bucket}/${local.instance_dir}*",
    ]
  }

  statement {
    sid       = "MailSend"
    actions   = ["ses:SendRawEmail", "ses:SendEmail"]
    resources = var.ses_resource_arns
  }

  # The environment's secrets are all named <name>/... (jwt, database, smtp, and an operator-token the operator may add).
  statement {
    sid       = "OwnSecrets"
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = concat(values(local.secrets), ["arn:aws:secretsmanager:${var.region}:${var.account_id}:secret:${var.name}/*"])
  }

  statement {
    sid       = "OwnParameters"
    actions   = ["ssm:GetParametersByPath", "ssm:GetParameter", "ssm:GetParameters"]
    resources = ["arn:aws:ssm:${var.region}:${var.account_id}:parameter${local.prefix}/*"]
  }

  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = [for g in aws_cloudwatch_log_group.this : "${g.arn}:*"]
  }

  statement {
    sid       = "Metrics"
    actions   = ["cloudwatch:PutMetricData"]
    resources = ["*"]

    condition {
      test     = "StringEquals"
      variable = "cloudwatch:namespace"
      values   = ["CWAgent", var.metrics_namespace]
    }
  }

  statement {
    sid       = "AgentDimensions"
    actions   = ["ec2:DescribeTags", "ec2:DescribeVolumes", "ec2:DescribeInstances"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "instance" {
  name   = "lantoa"
  role   = aws_iam_role.instance.id
  policy = data.aws_iam_policy_document.instance.json
}

# Shell access through Session Manager instead of SSH (no key pair, no open port 22).
resource "aws_iam_role_policy_attachment" "ssm_core" {
  count = var.session_manager ? 1 : 0

  role       = aws_iam_role.instance.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_security_group" "instance" {
  name        = "${var.name}-instance"
  description = "Lantoa instances: HTTP from the load balancer only"
  vpc_id      = var.vpc_id

  egress {
    description = "Database, S3, SES, AWS APIs, distribution packages"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_alb" {
  security_group_id            = aws_security_group.instance.id
  description                  = "Lantoa from the load balancer"
  ip_protocol                  = "tcp"
  from_port                    = var.instance_port
  to_port                      = var.instance_port
  referenced_security_group_id = var.alb_security_group_id
}

data "aws_ssm_parameter" "ami" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${var.architecture}"
}

resource "aws_launch_template" "this" {
  name                   = var.name
  image_id               = data.aws_ssm_parameter.ami.insecure_value
  instance_type          = var.instance_type
  vpc_security_group_ids = [aws_security_group.instance.id]
  update_default_version = true

  iam_instance_profile {
    arn = aws_iam_instance_profile.instance.arn
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
    instance_metadata_tags      = "enabled"
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = var.root_volume_gb
      volume_type           = "gp3"
      encrypted             = true
      delete_on_termination = true
    }
  }

  user_data = base64encode(templatefile("${path.module}/user-data.sh.tftpl", {
    region           = var.region
    parameter_prefix = local.prefix
    jar_uri          = "s3://${var.artifacts_bucket}/${var.jar_key}"
    instance_uri     = "s3://${var.artifacts_bucket}/${local.instance_dir}"
    metrics_ns       = var.metrics_namespace
    # A changed script, unit or setting changes the user data, hence the template version, hence an instance refresh
    # (instances read their settings at start).
    files_md5    = join(" ", [for f in keys(local.instance_files) : "${f}=${aws_s3_object.instance_file[f].etag}"])
    settings_md5 = md5(jsonencode([local.environment, local.secrets, var.trust_cloudfront]))
  }))

  tag_specifications {
    resource_type = "instance"
    tags          = { Name = var.name }
  }

  tag_specifications {
    resource_type = "volume"
    tags          = { Name = var.name }
  }
}

resource "aws_autoscaling_group" "this" {
  name                      = var.name
  vpc_zone_identifier       = var.private_subnet_ids
  min_size                  = var.min_size
  max_size                  = var.max_size
  desired_capacity          = var.min_size
  target_group_arns         = [var.target_group_arn]
  health_check_type         = "ELB"
  health_check_grace_period = var.health_check_grace_seconds
  default_instance_warmup   = var.instance_warmup_seconds
  wait_for_capacity_timeout = "20m"
  enabled_metrics           = ["GroupInServiceInstances", "GroupDesiredCapacity", "GroupTotalInstances"]

  launch_template {
    id      = aws_launch_template.this.id
    version = aws_launch_template.this.latest_version
  }

  instance_refresh {
    strategy = "Rolling"

    preferences {
      min_healthy_percentage = var.refresh_min_healthy_percentage
      max_healthy_percentage = var.refresh_max_healthy_percentage
      instance_warmup        = var.instance_warmup_seconds
      skip_matching          = true
      # Not auto_rollback: Terraform updates the group before it starts the refresh, so a "rollback" would go back to
      # the new template (terraform-provider-aws issue 34189). A refresh whose new instances fail stops instead.
      auto_rollback = false
    }
  }

  tag {
    key                 = "Name"
    value               = var.name
    propagate_at_launch = true
  }

  # The scaling policy moves the desired capacity; an apply leaves it where it is.
  lifecycle {
    ignore_changes = [desired_capacity]
  }

  # Settings first, and the role's policy first (a new jar_key is readable before the refresh launches anything).
  depends_on = [aws_ssm_parameter.environment, aws_ssm_parameter.secret, aws_ssm_parameter.trust_cloudfront, aws_iam_role_policy.instance]
}

resource "aws_autoscaling_policy" "cpu" {
  name                   = "${var.name}-cpu"
  autoscaling_group_name = aws_autoscaling_group.this.name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    target_value = var.cpu_target_percent

    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
  }
}
