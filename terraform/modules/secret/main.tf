# A secret whose value is drawn once by Secrets Manager and then kept: letters and digits only, so that it needs no
# quoting in a JDBC URL, an environment file or a header. With a username, the secret is JSON {username, password}
# (what prepare.sh reads for the database); without one, the bare value.

data "aws_secretsmanager_random_password" "this" {
  password_length     = var.length
  exclude_punctuation = true
}

resource "aws_secretsmanager_secret" "this" {
  name                    = var.name
  description             = var.description
  recovery_window_in_days = var.recovery_window_days
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id = aws_secretsmanager_secret.this.id
  secret_string = var.username == "" ? data.aws_secretsmanager_random_password.this.random_password : jsonencode({
    username = var.username
    password = data.aws_secretsmanager_random_password.this.random_password
  })

  # The data source draws a new value on every plan; the first one drawn is kept.
  lifecycle {
    ignore_changes = [secret_string]
  }
}
