import { expect } from 'chai';
import { described, provisionedTable, simpleTable, START, tableTestContext } from './table-test-context.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;
const INVALID = 'One or more parameter values were invalid: ';

describe('CreateTable', () => {
  describe('answers', () => {
    it('describes a new on-demand table as CREATING, then DescribeTable reports it ACTIVE', () => {
      const context = tableTestContext();
      const created = context.run('CreateTable', simpleTable('orders'))['TableDescription'] as Record<string, unknown>;
      expect(created['TableId']).to.match(UUID_V4);
      expect(created).to.deep.equal({
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        TableName: 'orders',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        TableStatus: 'CREATING',
        CreationDateTime: START / 1000,
        ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
        TableSizeBytes: 0,
        ItemCount: 0,
        TableArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
        TableId: created['TableId'],
        BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
        DeletionProtectionEnabled: false,
      });
      const table = described(context, 'orders');
      expect(table['TableStatus']).to.equal('ACTIVE');
      expect(table['BillingModeSummary']).to.deep.equal({ BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: START / 1000 });
      expect(table['WarmThroughput']).to.deep.equal({ ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: 'ACTIVE' });
      expect(table['TableId']).to.equal(created['TableId']);
    });

    it('gives every table its own TableId and the same ARN to a re-created name', () => {
      const context = tableTestContext();
      const first = context.run('CreateTable', simpleTable('orders'))['TableDescription'] as Record<string, unknown>;
      context.run('DeleteTable', { TableName: 'orders' });
      const second = context.run('CreateTable', simpleTable('orders'))['TableDescription'] as Record<string, unknown>;
      expect(second['TableId']).not.to.equal(first['TableId']);
      expect(second['TableArn']).to.equal(first['TableArn']);
    });

    it('describes indexes, streams, encryption, table class and protection of a provisioned table', () => {
      const context = tableTestContext();
      const request = provisionedTable('events', {
        AttributeDefinitions: [
          { AttributeName: 'sk', AttributeType: 'N' },
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'g', AttributeType: 'B' },
        ],
        LocalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'g', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['zeta', 'alpha'] } }],
        GlobalSecondaryIndexes: [{ IndexName: 'global-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 2 } }],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/abcd' },
        TableClass: 'STANDARD_INFREQUENT_ACCESS',
        DeletionProtectionEnabled: true,
        Tags: [{ Key: 'team', Value: 'core' }],
      });
      const created = context.run('CreateTable', request)['TableDescription'] as Record<string, unknown>;
      const arn = 'arn:aws:dynamodb:eu-west-1:123456789012:table/events';
      const label = '2026-01-15T10:00:00.250';
      expect(created['AttributeDefinitions']).to.deep.equal([
        { AttributeName: 'g', AttributeType: 'B' },
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ]);
      expect(created['ProvisionedThroughput']).to.deep.equal({ NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
      expect(created['BillingModeSummary']).to.equal(undefined);
      expect(created['LocalSecondaryIndexes']).to.deep.equal([
        {
          IndexName: 'by-g',
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'g', KeyType: 'RANGE' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['alpha', 'zeta'] },
          IndexSizeBytes: 0,
          ItemCount: 0,
          IndexArn: `${arn}/index/by-g`,
        },
      ]);
      expect(created['GlobalSecondaryIndexes']).to.deep.equal([
        {
          IndexName: 'global-g',
          KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'KEYS_ONLY' },
          IndexStatus: 'CREATING',
          ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 1, WriteCapacityUnits: 2 },
          IndexSizeBytes: 0,
          ItemCount: 0,
          IndexArn: `${arn}/index/global-g`,
        },
      ]);
      expect(created['StreamSpecification']).to.deep.equal({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
      expect(created['LatestStreamLabel']).to.equal(label);
      expect(created['LatestStreamArn']).to.equal(`${arn}/stream/${label}`);
      expect(created['SSEDescription']).to.deep.equal({ Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/abcd' });
      expect(created['TableClassSummary']).to.deep.equal({ TableClass: 'STANDARD_INFREQUENT_ACCESS' });
      expect(created['DeletionProtectionEnabled']).to.equal(true);
      const table = described(context, 'events');
      const globalIndex = (table['GlobalSecondaryIndexes'] as Record<string, unknown>[])[0];
      expect(globalIndex?.['IndexStatus']).to.equal('ACTIVE');
      expect(globalIndex?.['WarmThroughput']).to.deep.equal({ ReadUnitsPerSecond: 1, WriteUnitsPerSecond: 2, Status: 'ACTIVE' });
      expect(context.catalog.get('events')?.state.tags.get('team')).to.equal('core');
      expect(context.catalog.get('events')?.definition.stream?.viewType).to.equal('NEW_AND_OLD_IMAGES');
    });

    it('encrypts with the AWS managed key when SSEType KMS comes without Enabled or a key', () => {
      const context = tableTestContext();
      const created = context.run('CreateTable', simpleTable('secret', { SSESpecification: { SSEType: 'KMS' } }))['TableDescription'] as Record<string, unknown>;
      const other = context.run('CreateTable', simpleTable('secret2', { SSESpecification: { Enabled: true } }))['TableDescription'] as Record<string, unknown>;
      const description = created['SSEDescription'] as Record<string, unknown>;
      expect(description['KMSMasterKeyArn']).to.match(/^arn:aws:kms:eu-west-1:123456789012:key\/[0-9a-f-]{36}$/u);
      expect(other['SSEDescription']).to.deep.equal(description);
      const plain = context.run('CreateTable', simpleTable('plain', { SSESpecification: {} }))['TableDescription'] as Record<string, unknown>;
      expect(plain['SSEDescription']).to.equal(undefined);
    });

    it('accepts a disabled stream without a view type and an empty tag list', () => {
      const context = tableTestContext();
      const created = context.run('CreateTable', simpleTable('quiet', { StreamSpecification: { StreamEnabled: false }, Tags: [] }))['TableDescription'] as Record<string, unknown>;
      expect(created['StreamSpecification']).to.equal(undefined);
      expect(created['LatestStreamArn']).to.equal(undefined);
    });
  });

  describe('request shape', () => {
    it('lists missing members in DynamoDB order', () => {
      tableTestContext().rejects('CreateTable', {}, 'ValidationException',
        '3 validation errors detected: ' +
          "Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'tableName' failed to satisfy constraint: Member must not be null; " +
          "Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
    });

    it('checks the table name pattern before its length', () => {
      const context = tableTestContext();
      context.rejects('CreateTable', simpleTable('a;'), 'ValidationException',
        '2 validation errors detected: ' +
          "Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
          "Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
      context.rejects('CreateTable', simpleTable('x'.repeat(256)), 'ValidationException',
        `1 validation error detected: Value '${'x'.repeat(256)}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`);
      context.run('CreateTable', simpleTable('x'.repeat(255)));
      context.run('CreateTable', simpleTable('A-b_c.9'));
    });

    it('reports key schema members and throughput (write before read)', () => {
      tableTestContext().rejects('CreateTable', {
        TableName: 'abc',
        AttributeDefinitions: [{ AttributeName: 'a', AttributeType: 'SS' }],
        KeySchema: [{ KeyType: 'HASH' }, { AttributeName: 'a' }, { KeyType: 'Woop', AttributeName: 'a' }],
        ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: -1 },
      }, 'ValidationException',
      '7 validation errors detected: ' +
        "Value 'SS' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]; " +
        "Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '[{KeyType=HASH}, {AttributeName=a}, {KeyType=Woop, AttributeName=a}]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2; " +
        "Value null at 'keySchema.1.member.attributeName' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'keySchema.2.member.keyType' failed to satisfy constraint: Member must not be null; " +
        "Value 'Woop' at 'keySchema.3.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]");
    });

    it('names index members by their position', () => {
      tableTestContext().rejects('CreateTable', provisionedTable('abc', {
        LocalSecondaryIndexes: [{ IndexName: 'h;', KeySchema: [], Projection: { ProjectionType: 'abc', NonKeyAttributes: [] } }],
      }), 'ValidationException',
      '5 validation errors detected: ' +
        "Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
        "Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
        "Value '[]' at 'localSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value 'abc' at 'localSecondaryIndexes.1.member.projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]; " +
        "Value '[]' at 'localSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy constraint: Member must have length greater than or equal to 1");
    });

    it('refuses members of the wrong JSON type with a SerializationException', () => {
      tableTestContext().rejects('CreateTable', { ...simpleTable('abc'), TableName: 5 }, 'SerializationException', 'NUMBER_VALUE cannot be converted to String');
      tableTestContext().rejects('CreateTable', { ...simpleTable('abc'), KeySchema: {} }, 'SerializationException', 'Start of structure or map found where not expected');
    });

    it('checks BillingMode against its enum', () => {
      tableTestContext().rejects('CreateTable', simpleTable('abc', { BillingMode: 'pay_per_request' }), 'ValidationException',
        "1 validation error detected: Value 'pay_per_request' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]");
    });

    it('lists the stream view types in DynamoDB\'s order and refuses an empty KMS key id, in CreateTable and UpdateTable alike', () => {
      const context = tableTestContext();
      context.run('CreateTable', simpleTable('abc'));
      for (const [operation, tableName] of [['CreateTable', 'abd'], ['UpdateTable', 'abc']] as const) {
        const base = operation === 'CreateTable' ? simpleTable(tableName) : { TableName: tableName };
        context.rejects(operation, { ...base, StreamSpecification: { StreamEnabled: true, StreamViewType: '' } }, 'ValidationException',
          "1 validation error detected: Value '' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy enum value set: [OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]");
        context.rejects(operation, { ...base, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: '' } }, 'ValidationException',
          "1 validation error detected: Value '' at 'sSESpecification.kMSMasterKeyId' failed to satisfy constraint: Member must have length greater than or equal to 1");
      }
    });
  });

  describe('billing and throughput', () => {
    it('refuses throughput with on-demand billing and requires it otherwise', () => {
      const context = tableTestContext();
      context.rejects('CreateTable', simpleTable('abc', { ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }), 'ValidationException',
        `${INVALID}Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`);
      const { BillingMode: _mode, ...withoutMode } = simpleTable('abc');
      context.rejects('CreateTable', withoutMode, 'ValidationException', `${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`);
      context.rejects('CreateTable', { ...withoutMode, BillingMode: 'PROVISIONED' }, 'ValidationException',
        `${INVALID}ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`);
    });

    it('bounds capacity units', () => {
      tableTestContext().rejects('CreateTable', provisionedTable('abc', { ProvisionedThroughput: { ReadCapacityUnits: 1_000_000_000_001, WriteCapacityUnits: 1 } }),
        'ValidationException', 'Given value 1000000000001 for ReadCapacityUnits is out of bounds');
    });

    it('refuses on-demand limits on a provisioned table and limits below 1', () => {
      const context = tableTestContext();
      context.rejects('CreateTable', provisionedTable('abc', { OnDemandThroughput: { MaxReadRequestUnits: 10 } }), 'ValidationException',
        `${INVALID}MaxReadRequestUnits for OnDemandThroughput cannot be specified when the table BillingMode is PROVISIONED`);
      context.rejects('CreateTable', simpleTable('abc', { OnDemandThroughput: { MaxWriteRequestUnits: 0 } }), 'ValidationException',
        `${INVALID}Requested MaxWriteRequestUnits for OnDemandThroughput for table is outside of valid range`);
      const created = context.run('CreateTable', simpleTable('abc', { OnDemandThroughput: { MaxReadRequestUnits: 10 } }))['TableDescription'] as Record<string, unknown>;
      expect(created['OnDemandThroughput']).to.deep.equal({ MaxReadRequestUnits: 10 });
    });
  });

  describe('key schema and attribute definitions', () => {
    const key = (name: string, type: 'HASH' | 'RANGE'): Record<string, string> => ({ AttributeName: name, KeyType: type });
    const attribute = (name: string): Record<string, string> => ({ AttributeName: name, AttributeType: 'S' });
    const cases: readonly (readonly [string, Record<string, unknown>, string])[] = [
      ['a single key without definition', { AttributeDefinitions: [attribute('b')], KeySchema: [key('a', 'HASH')] },
        `${INVALID}Some index key attributes are not defined in AttributeDefinitions. Keys: [a], AttributeDefinitions: [b]`],
      ['two keys, one without definition', { AttributeDefinitions: [attribute('b')], KeySchema: [key('a', 'HASH'), key('b', 'RANGE')] },
        'Invalid KeySchema: Some index key attribute have no definition'],
      ['the same key twice with one definition', { AttributeDefinitions: [attribute('a')], KeySchema: [key('a', 'HASH'), key('a', 'HASH')] },
        'Invalid KeySchema: Some index key attribute have no definition'],
      ['the same key twice', { AttributeDefinitions: [attribute('a'), attribute('b')], KeySchema: [key('a', 'HASH'), key('a', 'RANGE')] },
        'Both the Hash Key and the Range Key element in the KeySchema have the same name'],
      ['two HASH keys', { AttributeDefinitions: [attribute('a'), attribute('b')], KeySchema: [key('a', 'HASH'), key('b', 'HASH')] },
        'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type'],
      ['RANGE first', { AttributeDefinitions: [attribute('a'), attribute('b')], KeySchema: [key('a', 'RANGE'), key('b', 'HASH')] },
        'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
      ['an unused definition', { AttributeDefinitions: [attribute('a'), attribute('b')], KeySchema: [key('a', 'HASH')] },
        `${INVALID}Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`],
      ['a duplicated definition', { AttributeDefinitions: [attribute('a'), { AttributeName: 'a', AttributeType: 'N' }], KeySchema: [key('a', 'HASH')] },
        'Attribute Name is duplicated: a'],
    ];
    for (const [title, members, message] of cases) {
      it(`refuses ${title}`, () => {
        tableTestContext().rejects('CreateTable', { TableName: 'abc', BillingMode: 'PAY_PER_REQUEST', ...members }, 'ValidationException', message);
      });
    }

    it('lists unused definitions as DynamoDB does when the table has indexes', () => {
      tableTestContext().rejects('CreateTable', {
        TableName: 'abc',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [attribute('sk'), attribute('a'), attribute('b'), attribute('pk'), attribute('c')],
        KeySchema: [key('pk', 'HASH'), key('sk', 'RANGE')],
        GlobalSecondaryIndexes: [{ IndexName: 'gsi', KeySchema: [key('a', 'HASH')], Projection: { ProjectionType: 'ALL' } }],
      }, 'ValidationException', `${INVALID}Some AttributeDefinitions are not used. AttributeDefinitions: [a, b, c, sk, pk], keys used: [a, sk, pk]`);
    });
  });
});
