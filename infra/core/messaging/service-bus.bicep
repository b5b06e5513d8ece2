// Service Bus namespace with the `alerts` topic other systems subscribe to. Keys are off
// (disableLocalAuth): publishers and subscribers authenticate with Microsoft Entra identities.
param name string
param location string
param tags object
param topicName string
param defaultSubscriptionName string

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource topic 'Microsoft.ServiceBus/namespaces/topics@2026-01-01' = {
  parent: namespace
  name: topicName
  properties: {
    // A retried publish is dropped when the publisher reuses the MessageId (the alert's id).
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: 'PT1H'
    defaultMessageTimeToLive: 'P14D'
    maxSizeInMegabytes: 1024
  }
}

// A ready-made subscription for a single consumer; other systems should create their own
// (README, "Subscribing another system to the alerts topic").
resource defaultSubscription 'Microsoft.ServiceBus/namespaces/topics/subscriptions@2026-01-01' = {
  parent: topic
  name: defaultSubscriptionName
  properties: {
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P14D'
  }
}

output name string = namespace.name
output topicName string = topic.name
output defaultSubscriptionName string = defaultSubscription.name
// serviceBusEndpoint is `https://<name>.servicebus.windows.net:443/`: keep the host only.
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]
