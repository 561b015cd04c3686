// Token accounting and the cost cap.
import type { ModelPrice } from '../settings.js'

export interface Usage {
  calls: number
  inputTokens: number
  outputTokens: number
  cacheCreationInputTokens: number
  cacheReadInputTokens: number
  costUsd: number
}

export const emptyUsage = (): Usage => ({
  calls: 0,
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
  costUsd: 0
})

export interface CallUsage {
  input_tokens?: number | null
  output_tokens?: number | null
  cache_creation_input_tokens?: number | null
  cache_read_input_tokens?: number | null
}

export class CostCapError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CostCapError'
  }
}

/** Dollars for one call's usage: cache writes at 1.25× and cache reads at 0.1× the input price. */
export function costOf(u: CallUsage, price: ModelPrice): number {
  const perToken = price.inputPerMTok / 1e6
  return (
    (u.input_tokens ?? 0) * perToken +
    (u.cache_creation_input_tokens ?? 0) * perToken * 1.25 +
    (u.cache_read_input_tokens ?? 0) * perToken * 0.1 +
    (u.output_tokens ?? 0) * (price.outputPerMTok / 1e6)
  )
}

/**
 * Keeps the running total and refuses a call whose worst case would pass the cap. The worst case
 * counts every prompt character as a token (no tokenizer yields more) and the full max_tokens.
 */
export class CostMeter {
  readonly usage: Usage = emptyUsage()
  private reserved = 0

  constructor(
    private readonly prices: Record<string, ModelPrice>,
    private readonly capUsd: number | undefined
  ) {}

  priceOf(model: string): ModelPrice {
    const price = this.prices[model]
    if (!price)
      throw new CostCapError(
        `No price is known for model '${model}': add it with the model-prices input (model=input,output per million tokens).`
      )
    return price
  }

  /** Reserves the worst case of a call; returns the release function to call with the real usage. */
  reserve(model: string, promptChars: number, maxTokens: number): (u: CallUsage | undefined) => void {
    const price = this.capUsd === undefined ? this.prices[model] : this.priceOf(model)
    const worst = price ? costOf({ input_tokens: promptChars, output_tokens: maxTokens }, price) : 0
    if (this.capUsd !== undefined && this.usage.costUsd + this.reserved + worst > this.capUsd) {
      throw new CostCapError(
        `Stopped before a Claude call that could pass max-cost-usd (${this.capUsd} USD): spent ${this.usage.costUsd.toFixed(4)} USD, the next call may cost up to ${worst.toFixed(4)} USD. Nothing was published.`
      )
    }
    this.reserved += worst
    let released = false
    return (u) => {
      if (released) return
      released = true
      this.reserved -= worst
      if (!u) return
      this.usage.calls++
      this.usage.inputTokens += u.input_tokens ?? 0
      this.usage.outputTokens += u.output_tokens ?? 0
      this.usage.cacheCreationInputTokens += u.cache_creation_input_tokens ?? 0
      this.usage.cacheReadInputTokens += u.cache_read_input_tokens ?? 0
      if (price) this.usage.costUsd += costOf(u, price)
    }
  }
}

/** Rough tokens of a text: one per 4 ASCII characters, one per other character. */
function roughTokens(text: string): number {
  let ascii = 0
  let other = 0
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) ascii++
    else other++
  }
  return ascii / 4 + other
}

/**
 * The run's cost split by language. One call writes every language, so the split is an estimate: the
 * cost is shared in proportion to the (rough) tokens of each language's summaries.
 */
export function splitCost(totalUsd: number, papers: { summaries: Record<string, string> }[], languages: string[]): Record<string, number> {
  const weights = languages.map((l) => papers.reduce((sum, p) => sum + roughTokens(p.summaries[l] ?? ''), 0))
  const all = weights.reduce((a, b) => a + b, 0) || 1
  return Object.fromEntries(languages.map((l, i) => [l, (totalUsd * (weights[i] as number)) / all]))
}
