-- PartnerHelp schema 0004 (Sqlite): the help bot's conversations, Direct Line activity log (watermarks) and tokens.
-- Released scripts are never edited: a schema change is a new, higher-numbered script.

CREATE TABLE "bot_conversations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_bot_conversations" PRIMARY KEY,
    "ChannelId" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Locale" TEXT NULL,
    "PendingIntent" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "LastActivityAt" INTEGER NOT NULL
);


CREATE TABLE "bot_activities" (
    "ConversationId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_bot_activities" PRIMARY KEY ("ConversationId", "Sequence"),
    CONSTRAINT "FK_bot_activities_bot_conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "bot_conversations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "bot_tokens" (
    "Hash" TEXT NOT NULL CONSTRAINT "PK_bot_tokens" PRIMARY KEY,
    "ConversationId" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    CONSTRAINT "FK_bot_tokens_bot_conversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "bot_conversations" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_bot_conversations_LastActivityAt" ON "bot_conversations" ("LastActivityAt");


CREATE INDEX "IX_bot_tokens_ConversationId" ON "bot_tokens" ("ConversationId");


CREATE INDEX "IX_bot_tokens_ExpiresAt" ON "bot_tokens" ("ExpiresAt");


