// Key Vault (RBAC authorization) for the SMTP password and other secrets. The app reads them
// through Key Vault references in its app settings, never as plain values.
param name string
param location string
param tags object

@description('Name of the secret that holds the SMTP password.')
param smtpPasswordSecretName string

@secure()
@description('SMTP password to store now; leave empty to set it later with `az keyvault secret set`.')
param smtpPassword string = ''

@description('Name of the secret that signs the public page\'s form tokens.')
param pagesFormSecretName string

@secure()
@description('Key that signs the public page\'s form tokens (one for all instances).')
param pagesFormSecret string

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

// Only written when a value is given, so a later deployment without it keeps the stored secret.
resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

// Rewritten on each deployment: forms shown before a deployment expire, nothing else changes.
resource pagesFormSecretValue 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: pagesFormSecretName
  properties: {
    value: pagesFormSecret
    contentType: 'text/plain'
  }
}

output name string = vault.name
output vaultUri string = vault.properties.vaultUri
