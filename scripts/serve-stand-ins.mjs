// Starts the loopback stand-ins (the seed data set) and prints their addresses as one JSON line, then
// keeps serving until stopped. Used by the test-action workflow, which runs `uses: ./` against them.
import { startStandIns } from './stand-ins.mjs'

const standIns = await startStandIns()
console.log(JSON.stringify(standIns.urls))
const stop = async () => {
  await standIns.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => void stop())
