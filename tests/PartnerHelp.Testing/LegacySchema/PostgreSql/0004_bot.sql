-- PartnerHelp schema 0004 (PostgreSql): the help bot's conversations, Direct Line activity log (watermarks) and tokens.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE bot_conversations (
    "Id" character varying(80) NOT NULL,
    "ChannelId" character varying(32) NOT NULL,
    "UserId" character varying(450),
    "Locale" character varying(16),
    "PendingIntent" character varying(32),
    "CreatedAt" timestamp with time zone NOT NULL,
    "StartedAt" timestamp with time zone,
    "LastActivityAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_bot_conversations" PRIMARY KEY ("Id")
);


CREATE TABLE bot_activities (
    "ConversationId" character varying(80) NOT NULL,
    "Sequence" integer NOT NULL,
    "ActivityId" character varying(120) NOT NULL,
    "Json" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_bot_activities" PRIMARY KEY ("ConversationId", "Sequence"),
    CONSTRAINT "FK_bot_activities_bot_conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES bot_conversations ("Id") ON DELETE CASCADE
);


CREATE TABLE bot_tokens (
    "Hash" character varying(64) NOT NULL,
    "ConversationId" character varying(80) NOT NULL,
    "IssuedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_bot_tokens" PRIMARY KEY ("Hash"),
    CONSTRAINT "FK_bot_tokens_bot_conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES bot_conversations ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_bot_conversations_LastActivityAt" ON bot_conversations ("LastActivityAt");


CREATE INDEX "IX_bot_tokens_ConversationId" ON bot_tokens ("ConversationId");


CREATE INDEX "IX_bot_tokens_ExpiresAt" ON bot_tokens ("ExpiresAt");


