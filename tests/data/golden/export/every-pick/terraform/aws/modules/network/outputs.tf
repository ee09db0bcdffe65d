output "vpc_id" {
  description = "The VPC."
  value       = aws_vpc.this.id
}

output "public_subnet_ids" {
  description = "Public subnets (edge zone)."
  value       = aws_subnet.public[*].id
}

output "application_subnet_ids" {
  description = "Private application subnets."
  value       = aws_subnet.application[*].id
}

output "data_subnet_ids" {
  description = "Private data subnets, without a route out of the VPC."
  value       = aws_subnet.data[*].id
}
