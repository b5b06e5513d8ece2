// The Functions app on Flex Consumption (FC1), running as the user-assigned identity, with the
// app settings the code binds (README, "Settings"). No key or connection string is set here:
// storage, Service Bus and Application Insights use the identity, secrets are Key Vault references.
param name string
param planName string
param location string
param tags object

param identityId string
param identityClientId string
param storageAccountName string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerUrl string
param applicationInsightsName string
param serviceBusFullyQualifiedNamespace string
param serviceBusTopicName string
param keyVaultUri string
param smtpPasswordSecretName string

@description('Name of the Key Vault secret that signs the public page\'s form tokens.')
param pagesFormSecretName string

@allowed([512, 2048, 4096])
param instanceMemoryMB int
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

param pollSchedule string
param digestSchedule string
param housekeepingSchedule string
param smtpHost string
param smtpPort int
param smtpSecurity string
param smtpFrom string
param smtpUsername string
param customDomain string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // One literal object, so tests/Alerts.Infra.Tests can read every setting name from the
  // compiled template. Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME and friends: the
  // runtime comes from functionAppConfig above.
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Functions host and the app's own storage clients: identity-based connection.
      AzureWebJobsStorage__accountName: storageAccountName
      AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
      AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
      AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      // DefaultAzureCredential picks the user-assigned identity from this.
      AZURE_CLIENT_ID: identityClientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      // Timer schedules (6-field cron, UTC).
      PollSchedule: pollSchedule
      DigestSchedule: digestSchedule
      HousekeepingSchedule: housekeepingSchedule
      PublicBaseUrl: empty(customDomain) ? 'https://${site.properties.defaultHostName}' : 'https://${customDomain}'
      Smtp__Host: smtpHost
      Smtp__Port: string(smtpPort)
      Smtp__Security: smtpSecurity
      Smtp__From: smtpFrom
      Smtp__Username: smtpUsername
      Smtp__Password: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${smtpPasswordSecretName})'
      Pages__FormSecret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${pagesFormSecretName})'
      // The public page answers "/", not the Functions host's default home page.
      AzureWebJobsDisableHomepage: 'true'
      ServiceBus__FullyQualifiedNamespace: serviceBusFullyQualifiedNamespace
      ServiceBus__TopicName: serviceBusTopicName
      ServiceBus__ClientId: identityClientId
    }
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
