import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

export class MarkNotificationsReadDto {
  @ApiPropertyOptional({ description: 'Notifications to mark read; all of the caller\'s when absent', type: [String] })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true })
  ids?: string[];
}

export class MarkNotificationsReadView {
  @ApiProperty({ example: 3, description: 'How many notifications changed to read' }) updated: number;
}
