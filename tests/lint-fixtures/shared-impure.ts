// Linted as shared/src/fixture.ts: shared/ doing I/O, drawing, and leaning on the server.
import { readFileSync } from 'node:fs'
import { useState } from 'react'
import { createServer } from '../../server/src/create-server.js'

export const impure = [readFileSync, useState, createServer]
