/**
 * Where DynamoDB Local's tagging differs from DynamoDB's (part of KNOWN_DEVIATIONS): it has no
 * tagging operations, and CreateTable takes any Tags without checking or keeping them.
 */
import type { KnownDeviation } from './support/deviation.js';
import { outcomeDeviation } from './support/deviation-helpers.js';

const CREATE_TABLE_DOC = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html';
const LOCAL_USAGE_NOTES = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DynamoDBLocal.UsageNotes.html';

export const TAGGING_DEVIATIONS: readonly KnownDeviation[] = [
  outcomeDeviation({
    id: 'local-no-tagging',
    local: 'has no tagging API: TagResource, UntagResource and ListTagsOfResource answer UnknownOperationException "Tagging is not currently supported in DynamoDB Local."',
    dynamodb: 'tags tables by ARN, with its tag rules, ARN checks and errors (adapters/simulator/tables/tagging.ts)',
    source: `${LOCAL_USAGE_NOTES}; probe: test/unit/simulator/tables/tagging.local.unit.test.ts`,
    operations: ['TagResource', 'UntagResource', 'ListTagsOfResource'],
    localOutcome: (outcome) => !outcome.ok && outcome.name === 'UnknownOperationException' && outcome.message === 'Tagging is not currently supported in DynamoDB Local.',
    dynamodbOutcome: (outcome) => outcome.ok || ['ValidationException', 'ResourceNotFoundException', 'AccessDeniedException'].includes(outcome.name),
  }),
  outcomeDeviation({
    id: 'local-create-table-ignores-tags',
    local: 'accepts any Tags in CreateTable (an aws: key, a 129-character key, a repeated key, 51 tags) and keeps none',
    dynamodb: 'refuses such tags with ValidationException and creates nothing',
    source: `${CREATE_TABLE_DOC}; probe: test/unit/simulator/tables/tagging.local.unit.test.ts`,
    operations: ['CreateTable'],
    divergesState: true,
    localOutcome: (outcome) => outcome.ok,
    dynamodbOutcome: (outcome) => !outcome.ok && outcome.name === 'ValidationException'
      && /^(Tag Key cannot be prefixed with aws:|The Tag (Key|Value) provided is invalid|Duplicate Tag Keys provided|Number of Tags exceed)/u.test(outcome.message),
  }),
];
