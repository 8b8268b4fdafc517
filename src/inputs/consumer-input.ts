/** The `consumer` and `consumer-setting` inputs, checked against the profile table. */
import { CONSUMER_NAMES, CONSUMERS, isConsumerName } from '../core/consumer-profiles.js'
import { InputError, shown, suggest } from './parse-values.js'

export function parseConsumer(
  where: string,
  rawConsumer: string,
  rawSetting: string
): { consumer?: string; consumerSetting?: string } {
  const consumer = rawConsumer.trim().toLowerCase()
  const setting = rawSetting.trim()
  if (!consumer) {
    if (setting)
      throw new InputError(
        `consumer-setting${where} needs consumer: name the tool whose setting it is (${CONSUMER_NAMES.join(', ')}).`
      )
    return {}
  }
  if (!isConsumerName(consumer)) {
    throw new InputError(
      `Invalid consumer${where}: ${shown(consumer)}.${suggest(consumer, CONSUMER_NAMES)} Expected one of: ${CONSUMER_NAMES.join(', ')}.`
    )
  }
  if (!setting) return { consumer }
  const names = CONSUMERS[consumer].secretSettings.map((s) => s.name)
  if (!names.includes(setting)) {
    throw new InputError(
      `Invalid consumer-setting${where}: ${shown(setting)} is not a ${consumer} setting.${suggest(setting, names)} Expected one of: ${names.join(', ')}.`
    )
  }
  return { consumer, consumerSetting: setting }
}
